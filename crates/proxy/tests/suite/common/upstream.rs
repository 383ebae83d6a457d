//! The upstream of a test proxy: the real playground, in memory, with every request it
//! receives recorded.

use super::*;

#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub method: String,
    pub path_and_query: String,
    pub authorization: Option<String>,
    pub merchant: Option<String>,
    pub headers: Vec<(String, String)>,
}

#[derive(Clone, Default)]
pub(crate) struct Recorder(Arc<Mutex<Vec<Seen>>>);

impl Recorder {
    pub(crate) fn take(&self) -> Vec<Seen> {
        std::mem::take(&mut self.0.lock().unwrap())
    }
    pub(crate) fn clear(&self) {
        self.0.lock().unwrap().clear();
    }
}

async fn record(rec: axum::extract::State<Recorder>, req: Request, next: Next) -> Response {
    let h = req.headers();
    let get = |n: &str| h.get(n).map(|v| v.to_str().unwrap_or("").to_owned());
    rec.0 .0.lock().unwrap().push(Seen {
        method: req.method().to_string(),
        path_and_query: req
            .uri()
            .path_and_query()
            .map(|p| p.to_string())
            .unwrap_or_default(),
        authorization: get("authorization"),
        merchant: get("x-merchant-id"),
        headers: h
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or("").to_owned()))
            .collect(),
    });
    next.run(req).await
}

/// Serves `router` on a free loopback port.
pub(crate) async fn serve(router: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await });
    addr
}

/// A seeded in-memory playground behind a recorder.
pub(crate) async fn recorded_playground(documented_only: bool) -> (SocketAddr, Recorder, Store) {
    let store = Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    let rec = Recorder::default();
    let app = playground::app_with(Playground::new(store.clone(), documented_only))
        .layer(axum::middleware::from_fn_with_state(rec.clone(), record));
    (serve(app).await, rec, store)
}
