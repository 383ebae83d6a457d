use super::*;

// ---- 3. Slow clients ----

/// Sends `bytes` a byte at a time, one a second, until the server closes; returns
/// whether it was closed (rather than the test giving up).
async fn dribble(addr: std::net::SocketAddr, bytes: &'static [u8]) -> bool {
    let mut s = TcpStream::connect(addr).await.unwrap();
    for b in bytes.iter().cycle().take(120) {
        if s.write_all(&[*b]).await.is_err() {
            return true;
        }
        let mut buf = [0u8; 256];
        match tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => return true,
            // An answer (408 or 503) and then the close.
            Ok(Ok(_)) => {}
            Err(_) => {}
        }
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_client_is_cut_off_within_the_time_limit_and_others_are_served() {
    let p = stack(args(&["--request-timeout-secs", "2"])).await;
    let addr = p.addr;
    let started = Instant::now();
    // 200 clients sending their head a byte a second, and a few sending a body that way.
    let mut slow: Vec<_> = (0..200)
        .map(|_| tokio::spawn(dribble(addr, b"GET /api/devices HTTP/1.1\r\nHost: x\r\n")))
        .collect();
    let body_head = format!(
        "PUT /api/devices/{DEVICE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{{",
        token(Role::Operator)
    );
    // The head goes at once, the body a byte a second.
    let mut body_clients = Vec::new();
    for _ in 0..3 {
        let body_head = body_head.clone();
        body_clients.push(tokio::spawn(async move {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(body_head.as_bytes()).await.unwrap();
            let mut answer = Vec::new();
            let mut closed = false;
            for _ in 0..120 {
                if s.write_all(b" ").await.is_err() {
                    closed = true;
                    break;
                }
                let mut buf = [0u8; 1024];
                match tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await {
                    Ok(Ok(0) | Err(_)) => {
                        closed = true;
                        break;
                    }
                    Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
                    Err(_) => {}
                }
            }
            (String::from_utf8_lossy(&answer).into_owned(), closed)
        }));
    }
    // Meanwhile everyone else is served.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for _ in 0..5 {
        p.get("/api/session", &token(Role::Viewer)).await.ok(200);
    }
    for s in slow.drain(..) {
        assert!(s.await.unwrap(), "a slow head was never cut off");
    }
    for c in body_clients {
        let (answer, closed) = c.await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
        assert!(closed, "a slow body kept its connection after the answer");
    }
    // Generous: the limit is 2 s; this bounds "cut off", it measures nothing.
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_too() {
    let p = stack(args(&["--request-timeout-secs", "1"])).await;
    let mut s = TcpStream::connect(p.addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = s.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // Then nothing: the connection is closed once the next head is late.
    let closed = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "an idle connection stayed open");
}
