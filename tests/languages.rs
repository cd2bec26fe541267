//! What the core finds, in every UI language: a file's problems and the insights' reasons.
//! English is asserted verbatim in `read_messages.rs` and `insights.rs`; here the Spanish
//! and Italian of a representative set, with places, ids and journey text as written.

use journey_lens::app::i18n::{Lang, Texts};
use journey_lens::domain::insights::{insights, step_flags_in, FlagKind, Reason};
use journey_lens::domain::{read_journey, Journey, Problem};

/// Each problem as the alert shows it: `place: what — effect`.
fn shown(t: &Texts, problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| {
            let mut line = String::new();
            if !p.at.is_empty() {
                line = format!("{}: ", p.at);
            }
            line.push_str(&(t.problem)(&p.kind));
            if !matches!(
                p.effect,
                journey_lens::domain::problem::Effect::None
                    | journey_lens::domain::problem::Effect::NotOpened
            ) {
                line.push_str(" — ");
                line.push_str(&(t.effect)(&p.effect));
            }
            line
        })
        .collect()
}

fn problems(text: &str) -> Vec<Problem> {
    match read_journey(text) {
        Ok(loaded) => loaded.problems.list,
        Err(problems) => problems.list,
    }
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn b2b() -> Journey {
    let path = format!(
        "{}/public/examples/b2b-software.json",
        env!("CARGO_MANIFEST_DIR")
    );
    read_journey(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .journey
}

fn es() -> &'static Texts {
    Lang::Es.texts()
}

fn it() -> &'static Texts {
    Lang::It.texts()
}

#[test]
fn wrong_values_are_told_in_spanish_and_italian_by_path() {
    let found = problems(&fixture("wrong-values.json"));
    assert_eq!(
        shown(es(), &found),
        [
            "steps[1].emotion: se esperaba un número de -2 a 2, o un objeto de id de perfil a tal número, se encontró \"happy\" — se ignora este valor",
            "steps[1].importance: se esperaba un número de 1 a 5, se encontró 9 — se ignora este valor",
            "steps[2].emotion.bob: \"bob\" no es un id de perfil conocido; se esperaba uno de \"ana\" — se ignora este valor",
            "steps[3].emotion: se esperaba un número de -2 a 2, se encontró 7 — se ignora este valor",
            "steps[3].links[0].url: se esperaba una URL http(s) o mailto, se encontró \"javascript:alert(1)\" — se omite este enlace",
            "steps[4].phase: \"gamma\" no es un id de fase conocido; se esperaba uno de \"a\", \"b\" — se omite este paso",
            "steps[5].id: id de paso repetido: \"one\", ya usado en steps[0] — se omite este paso",
        ]
    );
    assert_eq!(
        shown(it(), &found),
        [
            "steps[1].emotion: ci si aspettava un numero da -2 a 2, o un oggetto da id di persona a tale numero, invece c'è \"happy\" — questo valore viene ignorato",
            "steps[1].importance: ci si aspettava un numero da 1 a 5, invece c'è 9 — questo valore viene ignorato",
            "steps[2].emotion.bob: \"bob\" non è un id di persona noto; ci si aspettava uno tra \"ana\" — questo valore viene ignorato",
            "steps[3].emotion: ci si aspettava un numero da -2 a 2, invece c'è 7 — questo valore viene ignorato",
            "steps[3].links[0].url: ci si aspettava un URL http(s) o mailto, invece c'è \"javascript:alert(1)\" — questo link viene omesso",
            "steps[4].phase: \"gamma\" non è un id di fase noto; ci si aspettava uno tra \"a\", \"b\" — questo passo viene omesso",
            "steps[5].id: id di passo duplicato: \"one\", già usato da steps[0] — questo passo viene omesso",
        ]
    );
}

#[test]
fn nouns_agree_in_gender_and_number() {
    let text = r#"{"version": 1, "title": "T",
      "phases": [{"id": "p", "name": "P"}, {"id": "q", "name": "Q"}], "lanes": [{"id": 3}],
      "metrics": [{"id": "m", "min": 5, "max": 1}, {"id": "k", "min": 0, "max": 10}],
      "steps": [{"id": "s", "phase": "q", "name": "S", "opportunities": [{"kind": "corrective"}],
                 "metrics": {"k": 12}, "custom": {"pains": "x"}},
                {"id": "t", "phase": "p", "name": 5}]}"#;
    let found = problems(text);
    assert_eq!(
        shown(es(), &found),
        [
            "phases[0]: ningún paso pertenece a esta fase — se omite esta fase",
            "steps[0].opportunities[0].text: falta; se esperaba un texto — se omite esta oportunidad",
            "steps[0].metrics.k: el valor 12 está fuera de la escala de la métrica, de 0 a 10",
            "steps[0].custom.pains: \"pains\" es una fila predefinida; su contenido va en el campo propio del paso — se ignora este valor",
            "steps[1].name: se esperaba un texto, se encontró 5 — se omite este paso",
            "lanes[0].id: se esperaba un texto, se encontró 3 — se omite esta fila",
            "metrics[0]: min 5 debe ser menor que max 1 — se omite esta métrica",
        ]
    );
    assert_eq!(
        shown(it(), &found),
        [
            "phases[0]: nessun passo appartiene a questa fase — questa fase viene omessa",
            "steps[0].opportunities[0].text: manca; ci si aspettava un testo — quest'opportunità viene omessa",
            "steps[0].metrics.k: il valore 12 è fuori dalla scala della metrica, da 0 a 10",
            "steps[0].custom.pains: \"pains\" è una corsia predefinita; il suo contenuto va nel campo apposito del passo — questo valore viene ignorato",
            "steps[1].name: ci si aspettava un testo, invece c'è 5 — questo passo viene omesso",
            "lanes[0].id: ci si aspettava un testo, invece c'è 3 — questa corsia viene omessa",
            "metrics[0]: min 5 deve essere minore di max 1 — questa metrica viene omessa",
        ]
    );
    let no_phases = problems(&fixture("no-phases.json"));
    assert_eq!(
        shown(es(), &no_phases)[0],
        "phases: falta; se esperaba una lista con al menos una fase"
    );
    assert_eq!(
        shown(it(), &no_phases)[0],
        "phases: manca; ci si aspettava una lista con almeno una fase"
    );
    let empty = problems(r#"{"version": 1, "title": "x", "phases": [], "steps": []}"#);
    assert_eq!(
        shown(es(), &empty),
        ["phases: se esperaba una lista con al menos una fase, se encontró una lista vacía"]
    );
    assert_eq!(
        shown(it(), &empty),
        ["phases: ci si aspettava una lista con almeno una fase, invece c'è una lista vuota"]
    );
}

#[test]
fn json_syntax_errors_keep_their_line_and_column() {
    let cases = [
        (
            fixture("syntax-error.json"),
            "3:30: JSON no válido: se esperaba ',' o '}'",
            "3:30: JSON non valido: ci si aspettava ',' o '}'",
        ),
        (
            "{\"a\": [1, 2,]}".to_owned(),
            "1:12: JSON no válido: una coma antes de un cierre; hay que quitarla",
            "1:12: JSON non valido: una virgola prima di una parentesi di chiusura; va tolta",
        ),
        (
            "  ".to_owned(),
            "1:1: JSON no válido: el archivo está vacío",
            "1:1: JSON non valido: il file è vuoto",
        ),
        (
            "<html>".to_owned(),
            "1:1: JSON no válido: esto es HTML o XML, no un archivo de recorrido JSON",
            "1:1: JSON non valido: questo è HTML o XML, non un file di percorso JSON",
        ),
    ];
    for (text, spanish, italian) in cases {
        let found = problems(&text);
        assert_eq!(shown(es(), &found), [spanish]);
        assert_eq!(shown(it(), &found), [italian]);
    }
}

#[test]
fn english_is_the_core_s_own_text() {
    let found = problems(&fixture("wrong-values.json"));
    let en = Lang::En.texts();
    let lines: Vec<String> = found.iter().map(Problem::to_string).collect();
    let shown_en: Vec<String> = shown(en, &found)
        .into_iter()
        .map(|l| l.split(" — ").next().unwrap().to_owned())
        .collect();
    assert_eq!(shown_en, lines);
    assert_eq!((en.effect)(&found[4].effect), "this link is left out");
}

#[test]
fn the_insights_explain_in_spanish_and_italian() {
    let j = b2b();
    let all = insights(&j);
    let quote = all
        .transitions
        .iter()
        .find(|t| t.to == "receive-quote")
        .unwrap();
    let support = all
        .channel_mixes
        .iter()
        .find(|m| m.step == "contact-support")
        .unwrap();
    let cases = [
        (
            Reason::Change(quote),
            "el canal cambia de Video call a Email y la emoción baja 3 puntos para Ana, IT manager",
            "il canale passa da Video call a Email e la sensazione cala di 3 punti per Ana, IT manager",
        ),
        (
            Reason::Mix(support),
            "el cliente alterna entre Support chat y Phone en este paso, con una emoción de −2 para Ana, IT manager",
            "il cliente si sposta tra Support chat e Phone in questo passo, con una sensazione di −2 per Ana, IT manager",
        ),
        (
            Reason::Lowest(&all.lowest_points[0], "upgrade"),
            "emoción más baja de Ana, IT manager: −2, también en “Contacts support about the broken upgrade”",
            "sensazione più bassa di Ana, IT manager: −2, raggiunta anche in “Contacts support about the broken upgrade”",
        ),
        (
            Reason::Drop(&all.drops[0]),
            "la emoción baja 4 puntos para Ana, IT manager, de +2 a −2",
            "la sensazione cala di 4 punti per Ana, IT manager, da +2 a −2",
        ),
        (
            Reason::Critical(&all.critical_steps[0]),
            "por debajo de neutro (−2 para Ana, IT manager), con importancia 5",
            "sotto il neutro (−2 per Ana, IT manager), con importanza 5",
        ),
    ];
    for (reason, spanish, italian) in cases {
        assert_eq!((es().explain)(reason, &j), spanish);
        assert_eq!((it().explain)(reason, &j), italian);
    }
    // The marks on the map carry the same reasons, joined per kind.
    let flags = step_flags_in(&j, &all, it().explain);
    assert_eq!(
        flags.of(&j, "upgrade")[0].explain,
        "sensazione più bassa di Ana, IT manager: −2, raggiunta anche in “Contacts support about \
         the broken upgrade”; sensazione più bassa di Luis, team lead: −2"
    );
    // Each step that reaches a lowest point names the other.
    assert_eq!(
        flags
            .of(&j, "contact-support")
            .iter()
            .find(|f| f.kind == FlagKind::Lowest)
            .unwrap()
            .explain,
        "sensazione più bassa di Ana, IT manager: −2, raggiunta anche in “Upgrades to the new \
         version”"
    );
    let handoff = all.transitions.iter().find(|t| t.to == "pay").unwrap();
    assert_eq!(
        (es().explain)(Reason::Change(handoff), &j),
        "el responsable cambia de Sales a Billing y el canal cambia de Email a Website"
    );
}

#[test]
fn a_lowest_point_names_the_other_step_that_reaches_it() {
    let step = |id: &str, name: &str| {
        format!(r#"{{"id": "{id}", "phase": "p", "name": "{name}", "emotion": -2}}"#)
    };
    let steps = [step("a", "Alta"), step("b", "Baja"), step("c", "C")];
    // (And a step felt better: a curve flat at −2 has no lowest point.)
    let better = r#"{"id": "z", "phase": "p", "name": "Z", "emotion": 1}"#;
    let file = |n: usize| {
        format!(
            r#"{{"version": 1, "title": "T", "phases": [{{"id": "p", "name": "P"}}], "steps": [{},{better}]}}"#,
            steps[..n].join(",")
        )
    };
    let j = read_journey(&file(2)).unwrap().journey;
    let all = insights(&j);
    let low = &all.lowest_points[0];
    let at = |id| (es().explain)(Reason::Lowest(low, id), &j);
    assert_eq!(at("a"), "emoción más baja: −2, también en “Baja”");
    assert_eq!(at("b"), "emoción más baja: −2, también en “Alta”");
    // Past one, the count.
    let j = read_journey(&file(3)).unwrap().journey;
    let all = insights(&j);
    let explain = (it().explain)(Reason::Lowest(&all.lowest_points[0], "c"), &j);
    assert_eq!(
        explain,
        "sensazione più bassa: −2, raggiunta anche in altri 2 passi"
    );
}

#[test]
fn spanish_writes_e_before_an_i_sound_and_one_persona_goes_unnamed() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
      "channels": [{"id": "chat", "name": "Chat"}, {"id": "ig", "name": "Instagram"}],
      "steps": [{"id": "a", "phase": "p", "name": "A", "channel": ["chat", "ig"], "emotion": -1},
                {"id": "b", "phase": "p", "name": "B", "channel": ["ig", "chat"], "emotion": 0}]}"#;
    let j = read_journey(text).unwrap().journey;
    let all = insights(&j);
    assert_eq!(
        (es().explain)(Reason::Mix(&all.channel_mixes[0]), &j),
        "el cliente alterna entre Chat e Instagram en este paso, con una emoción de −1"
    );
    assert_eq!(
        (es().explain)(Reason::Mix(&all.channel_mixes[1]), &j),
        "el cliente alterna entre Instagram y Chat en este paso"
    );
    assert_eq!(
        (it().explain)(Reason::Lowest(&all.lowest_points[0], "a"), &j),
        "sensazione più bassa: −1"
    );
}

#[test]
fn files_that_carry_no_journey_are_told_in_every_language() {
    use journey_lens::domain::carrier::{journey_text, png_journey};
    let svg = journey_text("<svg></svg>").unwrap_err();
    assert!((es().no_journey)(svg).starts_with("este archivo SVG no contiene ningún recorrido"));
    assert!((it().no_journey)(svg).starts_with("questo file SVG non contiene alcun percorso"));
    let png = png_journey(b"\x89PNG\r\n\x1a\n").unwrap_err();
    assert!((es().no_journey)(png).starts_with("esta imagen PNG"));
    assert!((Lang::En.texts().no_journey)(png).starts_with("this PNG image carries no journey"));
}

#[test]
fn well_known_metrics_the_file_does_not_name_are_named_in_the_ui_language() {
    use journey_lens::domain::insights::metric_tracks;
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
      "metrics": [{"id": "fcr", "name": "FCR (ours)"}],
      "steps": [{"id": "a", "phase": "p", "name": "A", "metrics": {"ces": 5, "fcr": 0.5, "nps": 10}}]}"#;
    let j = read_journey(text).unwrap().journey;
    let tracks = metric_tracks(&j);
    let named = |t: &Texts| -> Vec<String> {
        tracks
            .iter()
            .map(|m| match m.default_name {
                true => (t.metric_name)(&m.id).unwrap_or(&m.name).to_owned(),
                false => m.name.clone(),
            })
            .collect()
    };
    let mut es_names = named(es());
    let mut en_names = named(Lang::En.texts());
    es_names.sort();
    en_names.sort();
    assert_eq!(es_names, ["Esfuerzo del cliente", "FCR (ours)", "NPS"]);
    assert_eq!(en_names, ["Customer effort", "FCR (ours)", "NPS"]);
    assert!(named(it()).contains(&"Sforzo del cliente".to_owned()));
}

#[test]
fn unknown_references_say_they_are_kept_in_every_language() {
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
      "channels": [{"id": "web"}], "owners": [{"id": "sales"}],
      "steps": [{"id": "s", "phase": "p", "name": "S", "channel": "fax", "owner": "legal"}]}"#;
    let found = problems(text);
    assert_eq!(
        shown(es(), &found),
        [
            "steps[0].channel: \"fax\" no es un id de canal conocido; se esperaba uno de \"web\" — se muestra tal como está escrito",
            "steps[0].owner: \"legal\" no es un id de responsable conocido; se esperaba uno de \"sales\" — se muestra tal como está escrito",
        ]
    );
    assert_eq!(
        shown(it(), &found),
        [
            "steps[0].channel: \"fax\" non è un id di canale noto; ci si aspettava uno tra \"web\" — viene mostrato così come è scritto",
            "steps[0].owner: \"legal\" non è un id di responsabile noto; ci si aspettava uno tra \"sales\" — viene mostrato così come è scritto",
        ]
    );
}

#[test]
fn a_journey_without_a_title_is_untitled_in_the_ui_language() {
    let text = r#"{"version": 1, "phases": [{"id": "p", "name": "P"}],
      "steps": [{"id": "s", "phase": "p", "name": "S"}]}"#;
    let loaded = read_journey(text).unwrap();
    let title = &loaded.journey.title;
    assert_eq!(Lang::En.texts().title_of(title), "Untitled journey");
    assert_eq!(es().title_of(title), "Recorrido sin título");
    assert_eq!(it().title_of(title), "Percorso senza titolo");
    assert_eq!(es().title_of("Compra online"), "Compra online");
    assert_eq!(
        shown(es(), &loaded.problems),
        ["title: falta; se esperaba un texto — se usa \"Recorrido sin título\" en su lugar"]
    );
    assert_eq!(
        shown(it(), &loaded.problems),
        ["title: manca; ci si aspettava un testo — al suo posto si usa \"Percorso senza titolo\""]
    );
}

#[test]
fn spanish_and_italian_write_a_decimal_comma() {
    let en = Lang::En.texts();
    assert_eq!(
        ((en.num)(2.5), (en.signed)(-1.5)),
        ("2.5".into(), "−1.5".into())
    );
    for t in [es(), it()] {
        assert_eq!((t.num)(2.5), "2,5");
        assert_eq!((t.signed)(-1.5), "−1,5");
        assert_eq!((t.signed)(2.0), "+2");
        assert!((t.widest_gap)("S", 1.5).contains("1,5"));
    }
    assert_eq!((es().target)(4.5, true, ""), "objetivo ≥ 4,5");
    // In messages, the file's own text stays as written; the app's numbers take the comma.
    let text = r#"{"version": 1, "title": "T", "phases": [{"id": "p", "name": "P"}],
      "metrics": [{"id": "m", "min": 1, "max": 5}],
      "steps": [{"id": "s", "phase": "p", "name": "S", "emotion": 2.5, "metrics": {"m": 7.5}}]}"#;
    assert_eq!(
        shown(es(), &problems(text)),
        [
            "steps[0].emotion: se esperaba un número de -2 a 2, se encontró 2.5 — se ignora este valor",
            "steps[0].metrics.m: el valor 7,5 está fuera de la escala de la métrica, de 1 a 5",
        ]
    );
}

#[test]
fn keys_go_by_the_names_on_spanish_and_italian_keyboards() {
    // "Enter" was left in both; their keyboards say Intro and Invio.
    for (t, enter) in [(es(), "Intro"), (it(), "Invio")] {
        let keys: Vec<&str> = t.shortcut_keys.iter().map(|(k, _)| *k).collect();
        assert!(!keys.contains(&"Enter"), "{keys:?}");
        assert_eq!(keys.iter().filter(|k| **k == enter).count(), 2, "{keys:?}");
        assert!(
            t.present.keys.contains(&format!("{enter} ·")),
            "{}",
            t.present.keys
        );
    }
}
