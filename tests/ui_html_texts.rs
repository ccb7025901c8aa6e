//! The words of `ui/index.html` come from `locales/{nb,nn}/ui.ftl`: every element marked
//! `data-t` is empty in the HTML (texts.js replaces its whole text, so a marked element that
//! held an input or a link would lose it), and the start screen reads in the language the
//! user chose: Målform chooses it for the whole app.

use std::fs;
use std::path::PathBuf;

use tavle::lang::Lang;

fn index_html() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/index.html");
    fs::read_to_string(path).unwrap()
}

/// (line, tag as written) of each start tag with a `data-t` attribute.
fn marked_tags(html: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (at, _) in html.match_indices(" data-t=\"") {
        let start = html[..at].rfind('<').unwrap();
        let end = at + html[at..].find('>').unwrap() + 1;
        let line = html[..start].matches('\n').count() + 1;
        out.push((line, end, html[start..end].to_string()));
    }
    out
}

#[test]
fn an_element_marked_with_data_t_is_empty_so_its_text_can_replace_nothing_else() {
    let html = index_html();
    let marked = marked_tags(&html);
    assert!(marked.len() > 150, "{}", marked.len());
    for (line, end, tag) in marked {
        let name: String = tag[1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        assert!(
            html[end..].starts_with(&format!("</{name}>")),
            "ui/index.html:{line}: {tag} holds something; give its words a span of their own"
        );
    }
}

#[test]
fn the_start_screen_reads_in_nynorsk_when_that_is_chosen_and_as_before_in_bokmal() {
    let (nn_texts, nb_texts) = (Lang::Nn.texts().messages, Lang::Nb.texts().messages);
    let nn = |id: &str| nn_texts[id].clone();
    let nb = |id: &str| nb_texts[id].clone();

    // Målform names the language of screens, messages and prints alike.
    assert_eq!(nn("ui-lang"), "Målform");
    assert_eq!(
        nn("ui-lang-help"),
        "Bokmål eller nynorsk: skjermane, meldingane og utskriftene."
    );
    assert_eq!(
        nb("ui-lang-help"),
        "Bokmål eller nynorsk: skjermene, meldingene og utskriftene."
    );
    for texts in [&nn_texts, &nb_texts] {
        assert_eq!(texts["ui-lang-nb"], "Bokmål");
        assert_eq!(texts["ui-lang-nn"], "Nynorsk");
    }

    assert_eq!(nn("ui-start-title"), "Forbetringstavler for nærvær");
    assert_eq!(nn("ui-start-open-file"), "Opne fil …");
    assert_eq!(nn("ui-start-recent"), "Nyleg brukt");
    assert_eq!(
        nn("ui-list-empty"),
        "Fila har ingen tavler enno. Vel «Ny tavle» for å lage den første."
    );

    // Bokmål is word for word what the screens said before the catalogue.
    assert_eq!(nb("ui-start-title"), "Forbedringstavler for nærvær");
    assert_eq!(
        nb("ui-start-intro"),
        "Én fil holder alle tavlene til enheten. Alt du skriver lagres med en gang."
    );
    assert_eq!(nb("ui-back-to-board"), "← Tilbake til tavlen");
    assert_eq!(
        nb("ui-ed-no-rows"),
        "Tavlen har ingen rader ennå. Velg «+ Ny rad» (Ctrl+N)."
    );
}

#[test]
fn the_words_of_the_page_read_in_nynorsk_where_a_leader_looks_first() {
    let nn = Lang::Nn.texts().messages;
    let html = index_html();
    // The editor's toolbar and the print dialog, as a nynorsk leader sees them.
    for (id, words) in [
        ("ui-ed-edit-board", "Endre tavla …"),
        ("ui-absence", "Fråværstal"),
        ("ui-review", "Månadsgjennomgang"),
        ("ui-deadlines", "Fristar"),
        ("ui-overdue", "Forseinka"),
        ("ui-ed-search-placeholder", "Søk i tavla"),
        ("ui-pr-what", "Kva vil du skrive ut?"),
        ("ui-pr-board", "Forbetringstavla"),
        ("ui-backups", "Tryggingskopiar"),
    ] {
        assert_eq!(nn[id], words, "{id}");
        assert!(
            html.contains(&format!("{id}\"")),
            "{id} is used in index.html"
        );
    }
}
