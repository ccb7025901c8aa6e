//! A message as data: the catalogue id it was worded from (its `code`), the arguments it
//! was worded with, and the words themselves, made once in the current language. Errors
//! carry one ([`crate::Error`]), so the CLI prints the words while the screens decide by
//! the code and can word a part themselves from the same catalogue (`t(code, args)`).
//! Made with [`crate::msg!`], the twin of [`crate::tr!`].

use std::cell::RefCell;
use std::fmt;

use crate::lang::{FluentValue, Lang};

/// A worded message that remembers what it was worded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue id (`core-due-invalid`): stable, what a screen decides by. For a
    /// message made of several catalogue texts joined, the main one's (said where it is
    /// made).
    pub code: &'static str,
    /// The arguments by name, each as text (numbers as Fluent shows them, `3`), in the
    /// order given.
    pub args: Vec<(&'static str, String)>,
    text: String,
}

impl Message {
    /// The message `code` worded in the current language ([`Lang::current`]).
    pub fn new(code: &'static str, args: &[(&'static str, FluentValue)]) -> Message {
        Message::in_lang(Lang::current(), code, args)
    }

    /// The message `code` worded in `lang`.
    pub fn in_lang(
        lang: Lang,
        code: &'static str,
        args: &[(&'static str, FluentValue)],
    ) -> Message {
        let plain: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(name, value)| (*name, value.clone()))
            .collect();
        Message {
            code,
            text: lang.format(code, &plain),
            args: args
                .iter()
                .map(|(name, value)| (*name, value_text(value)))
                .collect(),
        }
    }

    /// The words, as shown.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The argument `name`, when the message has one.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The same message with more words after it (a list of what was skipped under the
    /// main sentence): the code and arguments stay the main one's.
    pub fn followed_by(mut self, more: &str) -> Message {
        self.text.push_str(more);
        self
    }

    /// The same message worded differently where it is shown (a month's code turned into
    /// its name): the code and arguments stay as made.
    pub fn reworded(mut self, f: impl FnOnce(String) -> String) -> Message {
        self.text = f(self.text);
        self
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A Fluent argument as the text the screens get: strings as they are, numbers as Fluent
/// writes them.
fn value_text(value: &FluentValue) -> String {
    match value {
        FluentValue::String(s) => s.to_string(),
        FluentValue::Number(n) => n.as_string().into_owned(),
        _ => String::new(),
    }
}

thread_local! {
    /// The last refusal one of Tavle's own `Deserialize` impls gave serde (see [`raise`]).
    static RAISED: RefCell<Option<Message>> = const { RefCell::new(None) };
}

/// Hands `message` to serde as a custom error from one of Tavle's own `Deserialize` impls
/// (a month such as `2025-13`), and keeps it on this thread: serde keeps only the words,
/// so [`take_raised`] gives the reader of the error its code back.
pub fn raise<E: serde::de::Error>(message: Message) -> E {
    let err = E::custom(message.text());
    RAISED.with(|slot| *slot.borrow_mut() = Some(message));
    err
}

/// The message last [`raise`]d on this thread, when serde's error still says its words
/// (`said`: the error's text with serde's position taken off); taken, so it is given once.
pub fn take_raised(said: &str) -> Option<Message> {
    RAISED.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_ref() {
            Some(m) if m.text() == said => slot.take(),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_code_and_arguments_beside_its_words() {
        let m = crate::msg!("core-due-invalid", value = "30.02.2025");
        assert_eq!(m.code, "core-due-invalid");
        assert_eq!(m.args, vec![("value", "30.02.2025".to_string())]);
        assert_eq!(
            m.text(),
            crate::tr!("core-due-invalid", value = "30.02.2025")
        );
        assert_eq!(m.to_string(), m.text());
        let n = crate::msg!("core-input-empty", n = 3);
        assert_eq!(n.arg("n"), Some("3"));
        let nn = crate::msg!("core-due-invalid" in Lang::Nn, value = "x");
        assert_eq!(
            nn.text(),
            Lang::Nn.format("core-due-invalid", &[("value", "x".into())])
        );
    }

    #[test]
    fn a_raised_message_is_given_back_once_and_only_for_its_own_words() {
        let m = crate::msg!("core-month-invalid", value = "2025-13");
        let _: serde_json::Error = raise(m.clone());
        assert_eq!(take_raised("something else"), None);
        assert_eq!(take_raised(m.text()), Some(m.clone()));
        assert_eq!(take_raised(m.text()), None);
    }
}
