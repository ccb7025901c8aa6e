//! Every word a user sees comes from the catalogue (`locales/{nb,nn}/*.ftl`): no Norwegian
//! text is typed in the screens (`ui/`) or in the core's code (`crates/`, `src/`, outside their tests),
//! and every message id the code asks for exists (in both languages: `lang`'s own tests
//! keep the two alike).
//!
//! "Norwegian text" is found by what it looks like: a letter æ, ø or å, or one of the small
//! words every sentence has (ikke, og, på, filen …); in `ui/index.html` any text or label
//! with a letter in it. The scanners are tested on samples below, so the check can fail.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use tavle::lang::Lang;

/// Files whose Norwegian literals are not shown text, and why.
const NOT_SHOWN: &[(&str, &str)] = &[
    (
        "crates/tavle-model/src/model/field.rs",
        "a row's fields: the header words a leader's own spreadsheet may use, matched, never \
         shown; the names shown are catalogue ids",
    ),
    (
        "crates/tavle-formats/src/sheet_import/words.rs",
        "the header words recognised in a leader's own spreadsheet: input, matched, never shown",
    ),
    (
        "crates/tavle-rollup/src/sort/names.rs",
        "the column names a user may type after --sort, in both languages: matched, never shown",
    ),
];

/// A line of Rust that ends with this comment holds words a user types, matched, not shown.
const INPUT_MARK: &str = "// input: ";

/// Words that mark a literal as Norwegian text (compared in lower case, whole words).
const SMALL_WORDS: &[&str] = &[
    "ikke",
    "ikkje",
    "og",
    "er",
    "på",
    "til",
    "med",
    "av",
    "som",
    "kan",
    "har",
    "det",
    "fra",
    "frå",
    "skal",
    "må",
    "eller",
    "en",
    "ein",
    "et",
    "eit",
    "ingen",
    "finnes",
    "finst",
    "mangler",
    "manglar",
    "ugyldig",
    "velg",
    "skriv",
    "prøv",
    "filen",
    "fila",
    "tavlen",
    "tavla",
    "tall",
    "raden",
    "tiltak",
    "frist",
    "kolonne",
    "kolonnen",
    "linje",
    "enn",
    "hvor",
    "kvar",
    "hva",
    "kva",
    "ble",
    "vart",
    "blir",
    "lagre",
    "lagret",
    "lagra",
    "avbryt",
    "angre",
    "slett",
    "lukk",
    "åpne",
    "opne",
    "legg",
    "endre",
    "lagres",
    "ukjent",
    "feil",
    "klarte",
    "kunne",
    "igjen",
    "hjelp",
    "velkommen",
    "tavler",
    "rader",
    "ansvar",
    "resultat",
    "ideer",
    "idear",
    "enhet",
    "eining",
    "fravær",
    "nærvær",
    "kopi",
    "avslutt",
    "ferdig",
    "neste",
    "forrige",
    "tilbakestill",
    "eksporter",
    "importer",
    "skriv",
    "ut",
    "lag",
];

/// JavaScript strings that look like words but are names: keys, and the classes and ids
/// only the scripts give (the page's own are read from index.html and style.css).
const JS_NAMES: &[&str] = &[
    "Enter",
    "Escape",
    "Tab",
    "Home",
    "End",
    "Delete",
    "Backspace",
    "navn",
    "lukk",
    "angre",
    "angre-innspill",
    "delmal-frist",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
}

/// True when `text` reads as Norwegian words (format placeholders left out).
fn looks_norwegian(text: &str) -> bool {
    let text = strip_placeholders(text);
    if text.chars().any(|c| "æøåÆØÅ".contains(c)) {
        return true;
    }
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| SMALL_WORDS.contains(&w.to_lowercase().as_str()))
}

/// `text` without `{…}` (Rust format) and `${…}` (JS template) placeholders.
fn strip_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A string literal in source code: its line and its contents as written.
#[derive(Debug, PartialEq)]
struct Literal {
    line: usize,
    text: String,
}

/// Where the comment starting at `i` (`//` or `/*`) ends; counts the lines it spans.
fn past_comment(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    if chars.get(i + 1) == Some(&'/') {
        while i < chars.len() && chars[i] != '\n' {
            i += 1;
        }
        return i;
    }
    while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
        *line += usize::from(chars[i] == '\n');
        i += 1;
    }
    i + 2
}

/// The text of the quoted string opening at `i` (escapes kept as written), and the index of
/// its closing quote; counts the lines it spans.
fn quoted(chars: &[char], mut i: usize, line: &mut usize) -> (String, usize) {
    let quote = chars[i];
    let mut text = String::new();
    i += 1;
    while i < chars.len() && chars[i] != quote {
        if chars[i] == '\\' && i + 1 < chars.len() {
            text.push(chars[i]);
            i += 1;
        }
        *line += usize::from(chars[i] == '\n');
        text.push(chars[i]);
        i += 1;
    }
    (text, i)
}

/// Rust source without its inline test module: everything from the `#[cfg(test)]` that
/// opens a `mod … {` on. A `#[cfg(test)] mod tests;` that only names a file cuts nothing:
/// the code after it is still shown to users (a refusal once hid there).
fn without_tests(source: &str) -> &str {
    let mut from = 0;
    while let Some(i) = source[from..].find("#[cfg(test)]") {
        let at = from + i;
        let after = source[at + "#[cfg(test)]".len()..].trim_start();
        let item = after.lines().next().unwrap_or("");
        // `mod tests {`, `pub(super) mod fixtures {`: a module written here, not in a file.
        let inline_mod = item.split_once("mod ").is_some_and(|(_, rest)| {
            rest.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_')
                .trim_start()
                .starts_with('{')
        });
        if inline_mod {
            return &source[..at];
        }
        from = at + 1;
    }
    source
}

/// The string literals of Rust source, comments skipped; the inline test module left out
/// ([`without_tests`]).
fn rust_literals(source: &str) -> Vec<Literal> {
    let code = without_tests(source);
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => line += 1,
            '/' if matches!(next, Some('/' | '*')) => {
                i = past_comment(&chars, i, &mut line);
                continue;
            }
            '\'' => {
                // A char literal ('x', '\n', '"') or a lifetime ('a).
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' if (next == Some('"') || next == Some('#'))
                && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    let start_line = line;
                    let mut text = String::new();
                    j += 1;
                    while j < chars.len() {
                        if chars[j] == '"'
                            && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#'))
                        {
                            break;
                        }
                        line += usize::from(chars[j] == '\n');
                        text.push(chars[j]);
                        j += 1;
                    }
                    out.push(Literal {
                        line: start_line,
                        text,
                    });
                    i = j + 1 + hashes;
                    continue;
                }
            }
            '"' => {
                let start_line = line;
                let text;
                (text, i) = quoted(&chars, i, &mut line);
                out.push(Literal {
                    line: start_line,
                    text,
                });
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The string literals of JavaScript source ('…', "…", `…`), comments skipped, and lines
/// that only talk to developers (console.*) or name modules (import) left out.
fn js_literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let mut line_start = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
            }
            '/' if matches!(next, Some('/' | '*')) => {
                i = past_comment(&chars, i, &mut line);
                continue;
            }
            '\'' | '"' | '`' => {
                let start_line = line;
                let line_text: String = chars[line_start..i].iter().collect();
                let text;
                (text, i) = quoted(&chars, i, &mut line);
                let trimmed = line_text.trim_start();
                let for_developers = trimmed.starts_with("import ")
                    || trimmed.starts_with("} from")
                    || line_text.contains("console.");
                if !for_developers {
                    out.push(Literal {
                        line: start_line,
                        text,
                    });
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The ids, classes and data values the page and its style sheet name (`rader`, `lukk`,
/// `melding feil`): Norwegian words, but names for the code, never shown.
fn page_names(html: &str, css: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for attr in ["id=\"", "class=\"", "for=\"", "name=\"", "value=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            let value = &rest[..rest.find('"').unwrap_or(0)];
            names.extend(value.split_whitespace().map(str::to_string));
        }
    }
    let is_name_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    for (i, c) in css.char_indices() {
        if c == '.' || c == '#' {
            let name: String = css[i + 1..]
                .chars()
                .take_while(|&c| is_name_char(c))
                .collect();
            if name.chars().next().is_some_and(char::is_alphabetic) {
                names.insert(name);
            }
        }
    }
    names
}

/// True when a JavaScript string is a selector (`#kopi-form .avbryt`), or every word in it
/// is a name the page gives its elements, or a key's name: code, not text.
fn names_the_page(text: &str, names: &BTreeSet<String>) -> bool {
    let text = text.trim();
    text.starts_with(['#', '.', '['])
        || (!text.is_empty()
            && text
                .split_whitespace()
                .all(|w| names.contains(w) || JS_NAMES.contains(&w)))
}

/// Text in HTML that a user sees without the catalogue: text between tags and the
/// attributes read out or shown (aria-label, title, placeholder, alt), when they hold a
/// letter. Scripts, styles and comments are left out; the product's name may stand alone.
fn html_words(source: &str) -> Vec<Literal> {
    let mut out = Vec::new();
    let mut rest = source.to_string();
    for (open, close) in [
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<style", "</style>"),
    ] {
        while let Some(a) = rest.find(open) {
            let Some(b) = rest[a..].find(close) else {
                break;
            };
            let cut = &rest[a..a + b + close.len()];
            let blank: String = cut
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' })
                .collect();
            rest.replace_range(a..a + b + close.len(), &blank);
        }
    }
    let line_of = |pos: usize| rest[..pos].matches('\n').count() + 1;
    let has_letter = |s: &str| s.chars().any(char::is_alphabetic);
    let shown = |s: &str| has_letter(s) && s.trim() != "Tavle";
    // Text between tags.
    let mut pos = 0;
    while let Some(gt) = rest[pos..].find('>') {
        let start = pos + gt + 1;
        let end = rest[start..].find('<').map_or(rest.len(), |lt| start + lt);
        let text = rest[start..end].trim();
        if shown(text) {
            out.push(Literal {
                line: line_of(start),
                text: text.to_string(),
            });
        }
        pos = end;
        if end >= rest.len() {
            break;
        }
    }
    // Attributes.
    for attr in [
        "aria-label",
        "title",
        "placeholder",
        "alt",
        "aria-description",
    ] {
        let needle = format!(" {attr}=\"");
        let mut pos = 0;
        while let Some(a) = rest[pos..].find(&needle) {
            let start = pos + a + needle.len();
            let end = rest[start..].find('"').map_or(rest.len(), |q| start + q);
            let text = &rest[start..end];
            if shown(text) {
                out.push(Literal {
                    line: line_of(start),
                    text: format!("{attr}=\"{text}\""),
                });
            }
            pos = end;
        }
    }
    out
}

/// "path:line: text" for each Norwegian literal left in the code.
fn words_outside_the_catalogue() -> Vec<String> {
    let root = root();
    let mut found = Vec::new();
    let rel = |p: &Path| p.strip_prefix(&root).unwrap().display().to_string();

    let mut rust = Vec::new();
    files_under(&root.join("src"), "rs", &mut rust);
    files_under(&root.join("crates"), "rs", &mut rust);
    files_under(&root.join("src-tauri/src"), "rs", &mut rust);
    for path in rust {
        let name = rel(&path);
        let is_test_file = path.components().any(|c| c.as_os_str() == "tests")
            || path.file_name().is_some_and(|f| f == "tests.rs");
        if is_test_file || NOT_SHOWN.iter().any(|(file, _)| *file == name) {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for lit in rust_literals(&source) {
            let marked_input = lines
                .get(lit.line - 1)
                .is_some_and(|l| l.contains(INPUT_MARK));
            if looks_norwegian(&lit.text) && !marked_input {
                found.push(format!("{name}:{}: {}", lit.line, lit.text));
            }
        }
    }

    let names = page_names(
        &fs::read_to_string(root.join("ui/index.html")).unwrap(),
        &fs::read_to_string(root.join("ui/style.css")).unwrap(),
    );
    let mut js = Vec::new();
    files_under(&root.join("ui"), "js", &mut js);
    for path in js {
        let source = fs::read_to_string(&path).unwrap();
        for lit in js_literals(&source) {
            if looks_norwegian(&lit.text) && !names_the_page(&lit.text, &names) {
                found.push(format!("{}:{}: {}", rel(&path), lit.line, lit.text));
            }
        }
    }

    let html = root.join("ui/index.html");
    for lit in html_words(&fs::read_to_string(&html).unwrap()) {
        found.push(format!("ui/index.html:{}: {}", lit.line, lit.text));
    }
    found
}

#[test]
fn no_shown_word_is_typed_outside_the_catalogue() {
    let found = words_outside_the_catalogue();
    assert!(
        found.is_empty(),
        "{} tekster står utenfor katalogen (locales/*/*.ftl):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The message ids the code asks for by name: `tr!("id"`, `msg!("id"`, `.text("id")`, `.format("id"` in
/// Rust; `t('id'` and `data-t="id"` / `data-t-attr="attr:id"` in the screens.
fn ids_asked_for() -> BTreeSet<(String, String)> {
    let root = root();
    let mut asked = BTreeSet::new();
    let mut take = |file: &str, source: &str, marker: &str, quote: char| {
        let source = without_tests(source);
        for (i, _) in source.match_indices(marker) {
            let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
            let before = source[..i].chars().next_back().unwrap_or(' ');
            let in_comment = source[line_start..i].trim_start().starts_with("//")
                || source[line_start..i].trim_start().starts_with('*');
            let part_of_a_name = marker.starts_with('t')
                && (before.is_alphanumeric() || before == '.' || before == '_');
            if in_comment || part_of_a_name {
                continue;
            }
            let rest = &source[i + marker.len()..];
            if let Some(end) = rest.find(quote) {
                let id = &rest[..end];
                if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                    asked.insert((file.to_string(), id.to_string()));
                }
            }
        }
    };
    let mut rust = Vec::new();
    files_under(&root.join("src"), "rs", &mut rust);
    files_under(&root.join("crates"), "rs", &mut rust);
    files_under(&root.join("src-tauri/src"), "rs", &mut rust);
    for path in rust {
        let source = fs::read_to_string(&path).unwrap();
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        for marker in ["tr!(\"", "msg!(\"", ".text(\"", ".format(\"", "text_in(\""] {
            take(&name, &source, marker, '"');
        }
    }
    let mut js = Vec::new();
    files_under(&root.join("ui"), "js", &mut js);
    for path in js {
        let source = fs::read_to_string(&path).unwrap();
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        take(&name, &source, "t('", '\'');
        take(&name, &source, "t(\"", '"');
        // errorText(err, 'fallback', { within: 'id' }) in ui/lib/messages.js words errors.
        take(&name, &source, "errorText(err, '", '\'');
        take(&name, &source, "within: '", '\'');
    }
    let html = fs::read_to_string(root.join("ui/index.html")).unwrap();
    take("ui/index.html", &html, "data-t=\"", '"');
    for (i, _) in html.match_indices("data-t-attr=\"") {
        let rest = &html[i + "data-t-attr=\"".len()..];
        let value = &rest[..rest.find('"').unwrap_or(0)];
        for pair in value.split_whitespace() {
            if let Some((_, id)) = pair.split_once(':') {
                asked.insert(("ui/index.html".into(), id.to_string()));
            }
        }
    }
    asked
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogue() {
    let known = Lang::Nb.texts().messages;
    let missing: Vec<String> = ids_asked_for()
        .into_iter()
        .filter(|(_, id)| !known.contains_key(id))
        .map(|(file, id)| format!("{file}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "ukjente meldinger:\n{}",
        missing.join("\n")
    );
}

// The scanners themselves, on samples: each kind of typed text is found, and what is not
// text for the user is not.

#[test]
fn a_norwegian_rust_literal_is_found_and_tests_comments_and_ids_are_not() {
    let source = r##"
//! Om «Tavle» i en doc-kommentar.
fn f() -> String {
    let key = "row-due-invalid"; // a catalogue id
    let sql = "SELECT id, text FROM row WHERE board_id = ?1";
    let c = '"';
    let x = r#"Filen finnes ikke"#;
    format!("Raden {n} mangler frist")
}
#[cfg(test)]
mod tests_in_a_file;
fn g() -> &'static str { "Velg en PDF-fil" }
#[cfg(test)]
mod tests { const T: &str = "Ikke startet"; }
"##;
    let found: Vec<String> = rust_literals(source)
        .into_iter()
        .filter(|l| looks_norwegian(&l.text))
        .map(|l| format!("{}:{}", l.line, l.text))
        .collect();
    assert_eq!(
        found,
        [
            "7:Filen finnes ikke",
            "8:Raden {n} mangler frist",
            "12:Velg en PDF-fil"
        ]
    );
}

#[test]
fn a_norwegian_js_string_is_found_and_ids_keys_and_console_are_not() {
    let source = "import { t } from './texts.js';\n\
        const a = t('editor-saved');\n\
        if (ev.key === 'Escape') close();\n\
        console.error(`Kommandoen ${c} feilet:`, err);\n\
        el.textContent = `Lagret ${time}`;\n\
        note.textContent = \"Tavlen er tom\";\n\
        $('#kopi-form .avbryt').hidden = true; m.className = 'melding feil';\n\
        b.classList.add('lukk'); b.title = 'Lukk kopien';\n";
    let names = page_names(
        "<form id=\"kopi-form\"><button class=\"lukk avbryt\">",
        ".melding.feil { color: red }",
    );
    let found: Vec<String> = js_literals(source)
        .into_iter()
        .filter(|l| looks_norwegian(&l.text) && !names_the_page(&l.text, &names))
        .map(|l| format!("{}:{}", l.line, l.text))
        .collect();
    assert_eq!(
        found,
        ["5:Lagret ${time}", "6:Tavlen er tom", "8:Lukk kopien"]
    );
}

#[test]
fn html_text_and_labels_are_found_and_marked_elements_are_not() {
    let source = "<title>Tavle</title>\n<h1 data-t=\"start-title\"></h1>\n\
        <button aria-label=\"Lukk\">×</button>\n<p>Velkommen</p>\n\
        <button data-t-attr=\"title:close\"></button>\n<!-- Om skjermen -->\n\
        <script>const s = 'Hei';</script>\n";
    let found: Vec<String> = html_words(source)
        .into_iter()
        .map(|l| format!("{}:{}", l.line, l.text))
        .collect();
    assert_eq!(found, ["4:Velkommen", "3:aria-label=\"Lukk\""]);
}

#[test]
fn the_files_left_out_say_why() {
    for (file, why) in NOT_SHOWN {
        assert!(root().join(file).exists(), "{file}");
        assert!(why.len() > 20, "{file}");
    }
}
