//! The proxy's log: JSON lines (one event per line, for a log pipeline) or a plain
//! format for people, both on stderr.
//!
//! Much of what is logged comes from outside: an operator's `sub` and `name`, metadata,
//! paths, upstream errors. None of it may start a line of its own or steer a terminal,
//! or a client could write a log entry that looks like ours. JSON escapes every control
//! character already; for the plain format, [`OneLine`] escapes them on the way out
//! (colours are off, since they are control characters too).

use std::io::Write;

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Installs the process's logger (`RUST_LOG` sets levels; `info` by default).
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Only fails when a logger is installed already, which then stays.
    let _ = tracing::subscriber::set_global_default(subscriber(format, filter, std::io::stderr));
}

/// The logger, writing through `writer` (the tests capture it).
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(OneLine(writer));
    match format {
        LogFormat::Json => Box::new(builder.json().flatten_event(true).finish()),
        LogFormat::Pretty => Box::new(builder.finish()),
    }
}

/// Writes each event as one line: control characters inside it are escaped (`\n` as
/// `\u{a}`), only the event's final line break stays.
pub struct OneLine<W>(pub W);

impl<'a, W: MakeWriter<'a>> MakeWriter<'a> for OneLine<W> {
    type Writer = Escaping<W::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        Escaping(self.0.make_writer())
    }
}

/// The writer of one event (the formatter hands over the whole event at once).
pub struct Escaping<W>(W);

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let (body, end) = match buf.strip_suffix(b"\n") {
            Some(body) => (body, &b"\n"[..]),
            None => (buf, &b""[..]),
        };
        // Printable ASCII needs no look at its characters.
        if body
            .iter()
            .all(|b| (b' '..=b'~').contains(b) || *b == b'\t')
        {
            self.0.write_all(buf)?;
            return Ok(buf.len());
        }
        let text = String::from_utf8_lossy(body);
        let mut out = String::with_capacity(text.len() + 16);
        for c in text.chars() {
            // Besides the control characters, the two that Unicode calls line breaks.
            if (c.is_control() && c != '\t') || matches!(c, '\u{2028}' | '\u{2029}') {
                out.extend(c.escape_unicode());
            } else {
                out.push(c);
            }
        }
        // One write for the line and its end: two would let another thread's line in
        // between on a shared stream (stderr), joining two entries on one line.
        out.push_str(std::str::from_utf8(end).unwrap_or_default());
        self.0.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts the writes it is given.
    struct Writes(Vec<Vec<u8>>);

    impl Write for Writes {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.push(buf.to_vec());
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_escaped_event_is_written_at_once() {
        let mut w = Escaping(Writes(Vec::new()));
        w.write_all("elapsed=782µs\n".as_bytes()).unwrap();
        assert_eq!(w.0 .0.len(), 1, "one write, its line end included");
        assert!(w.0 .0[0].ends_with(b"\n"));
    }

    fn through(line: &[u8]) -> String {
        let mut out = Vec::new();
        Escaping(&mut out).write_all(line).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_event_is_one_line() {
        assert_eq!(through(b"plain entry\n"), "plain entry\n");
        assert_eq!(
            through(b"sub=a\n2026-01-01 INFO audit forged\r\x1b[2Jx\n"),
            "sub=a\\u{a}2026-01-01 INFO audit forged\\u{d}\\u{1b}[2Jx\n"
        );
        assert_eq!(
            through("name=Å\u{85}ö\u{2028}\n".as_bytes()),
            "name=Å\\u{85}ö\\u{2028}\n"
        );
    }

    /// Captures what a subscriber writes.
    #[derive(Clone, Default)]
    struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn operator_text_cannot_forge_an_entry_in_either_format() {
        let forged = "ann\n{\"target\":\"audit\",\"sub\":\"root\"}\r\u{1b}[31m";
        for format in [LogFormat::Pretty, LogFormat::Json] {
            let out = Captured::default();
            let sink = out.clone();
            let sub = subscriber(format, EnvFilter::new("info"), move || sink.clone());
            tracing::subscriber::with_default(sub, || {
                tracing::info!(target: "audit", sub = %forged, name = ?forged, path = forged, "audit");
            });
            let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
            assert_eq!(text.matches('\n').count(), 1, "{format:?}: {text}");
            assert!(text.ends_with('\n'), "{format:?}: {text}");
            assert!(!text.contains(['\r', '\u{1b}']), "{format:?}: {text}");
            if format == LogFormat::Json {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(v["sub"], forged);
            }
        }
    }
}
