//! Italian UI texts.

use super::{
    count_comma as c, num_apart_comma as num_apart, num_comma as num, signed_comma as signed,
};
use super::{PresentTexts, Texts};
use crate::domain::curve::Feeling;
use crate::domain::insights::{FlagKind, Quadrant};
use crate::domain::lanes::LaneKind;
use crate::domain::model::OpportunityKind;

/// "di" before a source's name, joined with the article of this file's own source names
/// (`pasted_text`, `dropped_text`, `shared_link`, `source_example`): "del link condiviso", "dell'esempio …",
/// "di “b2b.json”".
fn di(what: &str) -> String {
    if let Some(rest) = what.strip_prefix("il ") {
        format!("del {rest}")
    } else if let Some(rest) = what.strip_prefix("l'") {
        format!("dell'{rest}")
    } else {
        format!("di {what}")
    }
}

/// The title of a journey whose file gives none.
const UNTITLED: &str = "Percorso senza titolo";

pub const TEXTS: Texts = Texts {
    app_name: "Journey Lens",
    untitled: UNTITLED,
    num,
    num_apart,
    signed,
    open_file: "Apri file",
    paste_json: "Incolla JSON",
    examples: "Esempi",
    view: "Vista",
    view_map: "Mappa",
    view_curve: "Curva emotiva",
    view_insights: "Analisi",
    flag: |k| match k {
        FlagKind::Break => "Probabile rottura",
        FlagKind::Lowest => "Punto più basso",
        FlagKind::Drop => "Calo",
        FlagKind::FixFirst => "Correggere subito",
        FlagKind::Handoff => "Passaggio di consegne",
        FlagKind::ChannelSwitch => "Cambio di canale",
        FlagKind::ChannelMix => "Più canali",
    },
    quadrant: |q| match q {
        Quadrant::FixFirst => "Correggere subito",
        Quadrant::Protect => "Proteggere",
        Quadrant::Watch => "Monitorare",
        Quadrant::Maintain => "Mantenere",
    },
    insight_sections: [
        "Salute del percorso",
        "Anelli deboli",
        "Passaggi di consegne e cambi di canale",
        "Matrice delle priorità",
        "Metriche rispetto agli obiettivi",
        "Responsabilità",
        "Opportunità",
    ],
    summary_labels: [
        "Passi",
        "Fasi",
        "Personas",
        "Sensazione media",
        "Punto più basso",
        "Passi con probabile rottura",
        "Obiettivi mancati",
    ],
    owner_columns: [
        "Responsabile",
        "Passi",
        "Sensazione media",
        "Punti critici",
        "Opportunità",
        "Passaggi in entrata",
        "Passaggi in uscita",
    ],
    matrix_axes: [
        "Importanza per il cliente →",
        "Sensazione più bassa →",
        "Sensazione più bassa",
    ],
    no_kind: "Senza tipo",
    no_owner: "Senza responsabile",
    board_by: ["Per tipo", "Per responsabile"],
    curative_only: "Solo azioni curative per un passo sotto il neutro",
    missed_at: "Non raggiunto in",
    nothing_found: "Nessun risultato.",
    matrix_empty: "Nessun passo ha sia un'importanza sia una sensazione.",
    show_all: |n| format!("Mostra tutti i {n}", n = c(n)),
    more_here: |n| format!("Altri {n} passi qui", n = c(n)),
    reached_at: |n| format!("{n} passi lo raggiungono", n = c(n)),
    behind_counts: |n| format!("I {n} passi dietro i conteggi +", n = c(n)),
    show_on_map: |step| format!("Mostra “{step}” sulla mappa"),
    phases: "Fasi",
    loading: |what| format!("Caricamento {}…", di(what)),
    drop_here: "Rilascia un file di percorso per aprirlo",
    drop_hint: "JSON nel formato Journey Lens. Non viene caricato nulla: il file resta nel tuo browser.",
    opened_with_problems: |what, n| {
        format!("Aperto {what} con {n} problem{}", if n == 1 { "a" } else { "i" }, n = c(n))
    },
    could_not_open: |what, shown| {
        if shown {
            format!("Impossibile aprire {what}; la mappa visualizzata non è cambiata")
        } else {
            format!("Impossibile aprire {what}")
        }
    },
    dismiss: "Ignora",
    and_more: |n| {
        if n == 1 {
            format!("e {n} altro", n = c(n))
        } else {
            format!("e altri {n}", n = c(n))
        }
    },
    problem: |kind| MESSAGES.problem(kind),
    effect: |effect| MESSAGES.effect(effect),
    link_error: |error| MESSAGES.link_error(error),
    no_journey,
    explain: |reason, journey| MESSAGES.explain(reason, journey),
    metric_name: |id| match id {
        "ces" => Some("Sforzo del cliente"),
        "fcr" => Some("Risoluzione al primo contatto"),
        "frt_hours" => Some("Prima risposta"),
        "aht_minutes" => Some("Tempo di gestione"),
        _ => None,
    },
    paste_title: "Incolla un percorso",
    paste_hint: "Incolla il testo JSON di un file di percorso. Viene letto nel tuo browser; non viene inviato nulla.",
    open: "Apri",
    cancel: "Annulla",
    importance: |v| format!("Importanza {} su 5", num(v)),
    step_n: |n| format!("Passo {n}"),
    target: |t, higher, unit| {
        format!("obiettivo {} {}{}", if higher { "≥" } else { "≤" }, num(t), unit)
    },
    target_met: "obiettivo raggiunto",
    target_missed: "obiettivo mancato",
    opportunity_kind: |k| match k {
        OpportunityKind::Corrective => "Correttiva",
        OpportunityKind::Curative => "Curativa",
    },
    feeling: |f| match f {
        Feeling::VeryNegative => "molto negativa",
        Feeling::Negative => "negativa",
        Feeling::Neutral => "neutra",
        Feeling::Positive => "positiva",
        Feeling::VeryPositive => "molto positiva",
    },
    emotion_scale: "da −2 (molto negativa) a +2 (molto positiva)",
    default_persona: "Cliente",
    point_label: |persona, step, value, feeling| {
        let feeling = (TEXTS.feeling)(feeling);
        format!("{persona}, {step}: {} ({feeling})", signed(value))
    },
    lane_title: |k| match k {
        LaneKind::Actions => "Azioni dell'utente",
        LaneKind::Touchpoints => "Punti di contatto",
        LaneKind::Channels => "Canali",
        LaneKind::Owner => "Responsabile",
        LaneKind::Thoughts => "Pensieri dell'utente",
        LaneKind::Emotion => "Emozione",
        LaneKind::Pains => "Punti critici",
        LaneKind::Opportunities => "Opportunità",
        LaneKind::Metrics => "Metriche",
        LaneKind::Backstage => "Retroscena",
        LaneKind::Custom => "",
    },
    lanes_menu: "Corsie",
    theme_menu: "Tema",
    themes: ["Automatico (sistema)", "Chiaro", "Scuro", "Alto contrasto"],
    lanes_empty: "vuota",
    show_persona: |name, shown| {
        format!("{name}: {} curva", if shown { "nascondi" } else { "mostra" })
    },
    empty_title: "Apri un percorso del cliente",
    empty_body: "Trascina un file JSON di percorso in un punto qualsiasi di questa pagina, aprine uno, incollane il testo o parti da un esempio.",
    no_steps: "Questo percorso non ha ancora passi.",
    no_feelings: "Questo percorso non indica alcuna sensazione.",
    no_lanes: "Nessuna corsia è mostrata: sceglile nel menu Corsie (quelle che questo percorso lascia vuote partono nascoste).",
    http_error: |status, text| format!("il server ha risposto {status} {text}"),
    network_error: "la richiesta di rete non è riuscita (sei offline, o il server non consente richieste cross-origin)",
    bad_src: |src| format!("src: atteso un URL relativo o http(s), trovato {}", crate::domain::problem::quoted(src)),
    too_large: |mb| match mb.is_finite() {
        true => format!("il file è di {} MB; il limite è 100 MB", num(mb.round())),
        false => "il file supera il limite di 100 MB".to_owned(),
    },
    unreadable_file: "impossibile leggere il file",
    pasted_text: "il testo incollato",
    dropped_text: "il testo trascinato",
    shared_link: "il link condiviso",
    link_damaged: "link: i dati del percorso in questo link sono danneggiati o troncati; richiedi di nuovo il link, oppure il file",
    link_locked: "link: questo percorso è protetto da una passphrase e non è stato aperto; apri di nuovo il link per inserirla",
    locked_title: "Questa mappa è protetta",
    locked_hint: "Chi ha condiviso questo link ha protetto il percorso con una passphrase. Inseriscila per aprire la mappa: viene verificata qui, nel tuo browser.",
    passphrase: "Passphrase",
    passphrase_optional: "Passphrase (facoltativa)",
    passphrase_share_hint: "Con una passphrase il percorso nel link è cifrato (AES-256-GCM); a chi lo apre viene chiesta la passphrase. Invia la passphrase per un canale diverso dal link.",
    wrong_passphrase: "passphrase: impossibile decifrare il percorso: passphrase errata (maiuscole e minuscole contano) o link troncato",
    needs_secure_page: "le passphrase richiedono una pagina sicura (https, o questo computer); questa pagina usa http semplice",
    unlocking: "Apertura…",
    link_failed: "impossibile creare il link in questo browser; scarica invece il JSON",
    share: "Condividi",
    share_title: "Condividi questa mappa",
    share_hint: "L'intero percorso viaggia dentro il link, dopo il #: non raggiunge mai un server. Chiunque abbia il link (e la sua passphrase, se ne imposti una) vede questa mappa in questa vista.",
    share_link: "Link di condivisione",
    embed_code: "Codice di incorporamento",
    embed_hint: "Per mostrare questa mappa in una pagina intranet o wiki, incolla questo codice nel suo HTML. Lì la mappa non è modificabile; il suo script dà al riquadro l'altezza della mappa (dove la pagina non ammette script, il riquadro è alto 600 pixel e scorre).",
    open_full_view: "Apri vista completa ↗",
    copy: "Copia",
    copied: "Copiato",
    link_length: |n| {
        if n == 1 {
            format!("{n} carattere", n = c(n))
        } else {
            format!("{n} caratteri", n = c(n))
        }
    },
    link_too_long: "Link così lunghi non funzionano in alcune app di chat e di posta. Invia invece il file.",
    left_out_of_link: "I valori che non si sono potuti leggere dal file non sono nel link né nei download.",
    link_local: "Questa pagina è un file su questo computer: i suoi link e il codice di incorporamento si aprono solo qui. Invia invece il file.",
    download_json: "Scarica JSON",
    download_html: "Scarica HTML",
    download_svg: "Scarica SVG",
    download_png: "Scarica PNG",
    image_scaled: |percent| format!("Questa mappa è troppo grande per un'unica immagine a dimensione piena: il PNG è ridotto al {percent}% per rientrare nei limiti del browser. L'SVG conserva ogni dettaglio."),
    drawing_image: "Disegno di tutti i passi per l’immagine…",
    image_unreadable: |percent| format!("Questa mappa è troppo larga per un PNG leggibile: sarebbe ridotta al {percent}%. Salvala come SVG, che conserva ogni dettaglio a qualsiasi dimensione, oppure comprimi le fasi per restringerla."),
    close: "Chiudi",
    source_example: |name| format!("l'esempio “{name}”"),
    links: "Link",
    opens_in_new_tab: "si apre in una nuova scheda",
    step_of: |n, total| format!("Passo {n} di {total}", n = c(n), total = c(total)),
    previous_step: "Passo precedente",
    next_step: "Passo successivo",
    search: "Cerca passi",
    matches: |n, total| match total {
        0 => "Nessun risultato".to_owned(),
        _ => format!("{n} di {total}", n = c(n), total = c(total)),
    },
    kept_steps: |n, total| format!("Passi corrispondenti: {n} di {total}", n = c(n), total = c(total)),
    previous_match: "Risultato precedente",
    next_match: "Risultato successivo",
    channel: "Canale",
    owner: "Responsabile",
    all_channels: "Tutti i canali",
    all_owners: "Tutti i responsabili",
    clear_filters: "Azzera filtri",
    filtered_out: ", escluso dal filtro",
    hidden_counts: |lanes, personas| {
        let hidden = if lanes + personas == 1 { "nascosta" } else { "nascoste" };
        let lanes = match lanes {
            0 => String::new(),
            1 => "1 corsia".to_owned(),
            n => format!("{n} corsie"),
        };
        let personas = match personas {
            0 => String::new(),
            1 => "1 persona".to_owned(),
            n => format!("{n} personas"),
        };
        let both = if lanes.is_empty() || personas.is_empty() { "" } else { " e " };
        format!("{lanes}{both}{personas} {hidden}")
    },
    zoom: "Zoom",
    zoom_out: "Riduci",
    zoom_in: "Ingrandisci",
    zoom_fit: "Adatta",
    zoom_actual: "Dimensione reale (100%)",
    shortcuts: "Scorciatoie da tastiera",
    single_keys: "Scorciatoie a un solo tasto",
    single_keys_off: "disattivato",
    marks_legend: "Segnali sulla mappa",
    shortcut_keys: [
        ("← →", "Passo precedente o successivo (nella mappa)"),
        ("↑ ↓", "Corsia sopra o sotto"),
        ("Home Fine", "Primo o ultimo passo"),
        ("Invio", "Apri i dettagli del passo"),
        ("Esc", "Chiudi i dettagli o una finestra di dialogo"),
        ("Tab", "Spostati tra la barra degli strumenti, i filtri e la mappa"),
        ("P", "Presenta il percorso"),
        ("?", "Questo elenco"),
        ("/", "Cerca passi"),
        ("Invio", "Risultato successivo (nella casella di ricerca; Maiusc per il precedente)"),
        ("+ −", "Ingrandisci o riduci"),
        ("0 F", "Dimensione reale, o adatta la mappa alla finestra"),
        ("M C I", "Mappa, curva emotiva o analisi"),
    ],
    widest: "Divario massimo",
    widest_gap: |step, size| {
        let unit = if size == 1.0 { "punto" } else { "punti" };
        format!("Le personas differiscono di più in “{step}”: {} {unit}", num(size))
    },
    curve_summary: |persona, low, low_value, high, high_value| {
        format!(
            "{persona}: punto più basso “{low}”, {}; punto più alto “{high}”, {}.",
            signed(low_value),
            signed(high_value)
        )
    },
    curve_table: "Curva in tabella",
    step: "Passo",
    phase: "Fase",
    language: "Lingua",
    collapse_phase: |phase| format!("Comprimi “{phase}”"),
    expand_phase: |phase| format!("Espandi “{phase}”"),
    collapsed: "Compressa",
    lowest_feeling: |value, persona| match persona {
        "" => format!("Sensazione più bassa {value}"),
        _ => format!("Sensazione più bassa {value} ({persona})"),
    },
    collapsed_phases: |n| match n {
        1 => "1 fase compressa".to_owned(),
        n => format!("{n} fasi compresse", n = c(n)),
    },
    collapse_all: "Comprimi fasi",
    expand_all: "Espandi fasi",
    present: PresentTexts {
        present: "Presenta",
        presentation: "Presentazione",
        journey: "Percorso del cliente",
        counts: |phases, steps| {
            let phases = if phases == 1 { "1 fase".to_owned() } else { format!("{phases} fasi", phases = c(phases)) };
            let steps = if steps == 1 { "1 passo".to_owned() } else { format!("{steps} passi", steps = c(steps)) };
            format!("{phases} · {steps}")
        },
        phase_of: |n, total| format!("Fase {n} di {total}", n = c(n), total = c(total)),
        goal: "Obiettivo",
        phase_summary: |steps, pains| {
            let steps = if steps == 1 { "1 passo".to_owned() } else { format!("{steps} passi", steps = c(steps)) };
            let pains = match pains {
                0 => "nessun punto critico".to_owned(),
                1 => "1 punto critico".to_owned(),
                n => format!("{n} punti critici", n = c(n)),
            };
            format!("{steps} · {pains}")
        },
        lowest_at: |value, step| format!("Sensazione più bassa {value}, in “{step}”"),
        more: |n| format!("e altri {n}", n = c(n)),
        closing: "Dove intervenire",
        top_pains: "Principali punti critici",
        top_ideas: "Principali opportunità",
        none: "Nessuno registrato",
        slide_of: |n, total| format!("Diapositiva {n} di {total}", n = c(n), total = c(total)),
        previous: "Diapositiva precedente",
        next: "Diapositiva successiva",
        phases_only: "Solo fasi",
        presenter_view: "Vista relatore",
        full_screen: "Schermo intero",
        blank: "Schermo nero",
        exit: "Termina la presentazione",
        now: "Ora sullo schermo",
        up_next: "Successiva",
        end: "Fine della presentazione",
        no_notes: "Nessuna nota per questa diapositiva.",
        notes: "Note",
        restart_timer: "Riavvia il cronometro",
        waiting: "In attesa della finestra della presentazione…",
        go_to: |n| format!("Vai a {n}"),
        keys: "→ Spazio PagGiù avanti · ← PagSu indietro · Home Fine · numero Invio · B nero · Esc termina",
    },
};

// ---- What the core finds: a file's problems, the insights' reasons ----

use super::messages::Messages;
use crate::domain::carrier::NoJourney;
use crate::domain::problem::Noun;
use crate::domain::syntax::Syntax;

const MESSAGES: Messages = Messages {
    noun,
    a: ["un ", "una "],
    this: ["questo ", "questa "],
    elides: true,
    and: |_| " e ",
    syntax,
    text: "un testo",
    non_empty_text: "un testo non vuoto",
    number: "un numero",
    bool: "true o false",
    any_object: "un oggetto",
    opportunity_object: "un testo o un oggetto di tipo opportunità",
    object_of: "un oggetto di tipo {0}",
    array_of: "una lista di {0}",
    non_empty_array_of: "una lista con almeno {0}",
    text_or_texts: "un testo o una lista di testi",
    number_map: "un oggetto da id di metrica a numero",
    text_map: "un oggetto da id di corsia a testo o lista di testi",
    range: "un numero da {0} a {1}",
    emotion: "un numero da -2 a 2, o un oggetto da id di persona a tale numero",
    colour: "un colore esadecimale come \"#2f6fde\"",
    url: "un URL http(s) o mailto",
    one_of: "uno tra {0}",
    format_version: "un numero intero a partire da 1",
    found_array: "una lista",
    found_empty_array: "una lista vuota",
    found_object: "un oggetto",
    invalid_json: "JSON non valido: {0}",
    expected: "ci si aspettava {0}, invece c'è {1}",
    missing: "manca; ci si aspettava {0}",
    unknown: "{0} non è un id di {1} noto; ci si aspettava uno tra {2}",
    unknown_none_defined: "{0} non è un id di {1} noto; il file non definisce {2}",
    duplicate: "id di {0} duplicato: {1}, già usato da {2}",
    future_version: "questo file è nella versione {0} del formato; questa app legge la versione 1, quindi i campi più recenti potrebbero essere ignorati",
    out_of_phase_order: "questo passo della fase {0} viene dopo passi di una fase successiva; è mostrato con la sua fase",
    empty_phase: "nessun passo appartiene a questa fase",
    no_usable_phase: "nessuna fase utilizzabile; ci si aspettava almeno una fase con id e nome",
    off_scale: "il valore {0} è fuori dalla scala della metrica, da {1} a {2}",
    empty_scale: "min {0} deve essere minore di max {1}",
    builtin_lane: "{0} è una corsia predefinita; il suo contenuto va nel campo apposito del passo",
    repeated_key: "{0} è già una chiave di questo oggetto; si usa solo quest'ultimo valore",
    near_miss: "campo sconosciuto, conservato ma non letto; forse intendevi {0}?",
    bad_utf8: "questo byte non è UTF-8 (né alcun altro mostrato come \u{fffd}); il resto del file è letto come UTF-8",
    not_kept: "questo percorso supera i 5 MB, troppo perché questa scheda lo conservi: ricaricando si vedrà l'esempio predefinito",
    not_utf8: "questo file non è in UTF-8; è stato letto come Windows-1252 (Europa occidentale): se qualche lettera appare sbagliata, salvalo in UTF-8",
    left_out: ["{0} viene omesso", "{0} viene omessa"],
    ignored: "questo valore viene ignorato",
    untitled: UNTITLED,
    default_used: "al suo posto si usa {0}",
    shown_as_written: "viene mostrato così come è scritto",
    not_opened: "il file non è stato aperto",
    link_newer: "link: questo link usa il formato di condivisione {0}, più recente di quelli che questa app legge (j1, e1)",
    link_not_data: "link: ci si aspettavano dati base64url dopo {0}=, invece c'è {1} al carattere {2}; il link potrebbe essere troncato",
    link_cut_in_byte: "link: i dati dopo {0}= finiscono a metà di un byte, al carattere {1}; il link è troncato",
    link_empty: "link: {0}= non contiene alcun percorso; il link potrebbe essere troncato",
    of_persona: " di {0}",
    for_persona: " per {0}",
    points: ["{0} punto", "{0} punti"],
    lowest: "sensazione più bassa{0}: {1}{2}",
    also_at: ", raggiunta anche in {0}",
    also_more: ", raggiunta anche in altri {0} passi",
    drop: "la sensazione cala di {0}{1}, da {2} a {3}",
    below_neutral: "sotto il neutro ({0}{1})",
    at_importance: "{0}, con importanza {1}",
    moves_between: "il cliente si sposta tra {0} in questo passo",
    feeling: ", con una sensazione di {0}{1}",
    owner_changes: "il responsabile passa da {0} a {1}",
    channel_changes: "il canale passa da {0} a {1}",
    falls: "la sensazione cala di {0}{1}",
};

/// Singular, plural, and whether the noun is feminine.
fn noun(noun: Noun) -> (&'static str, &'static str, bool) {
    match noun {
        Noun::Journey => ("percorso", "percorsi", false),
        Noun::Persona => ("persona", "personas", true),
        Noun::Phase => ("fase", "fasi", true),
        Noun::Step => ("passo", "passi", false),
        Noun::Channel => ("canale", "canali", false),
        Noun::Owner => ("responsabile", "responsabili", false),
        Noun::Lane => ("corsia", "corsie", true),
        Noun::Metric => ("metrica", "metriche", true),
        Noun::Link => ("link", "link", false),
        Noun::Opportunity => ("opportunità", "opportunità", true),
        Noun::Text => ("testo", "testi", false),
    }
}

/// Why a text is not JSON.
fn syntax(what: Syntax) -> &'static str {
    match what {
        Syntax::Empty => "il file è vuoto",
        Syntax::Markup => "questo è HTML o XML, non un file di percorso JSON",
        Syntax::NotText => "questo non è un file di testo; un percorso è un file di testo JSON",
        Syntax::EofValue => "il file finisce dove ci si aspettava un valore",
        Syntax::EofString => {
            "il file finisce dentro un testo (manca la \" di chiusura)"
        }
        Syntax::EofObject => "il file finisce prima che un oggetto sia chiuso (manca una })",
        Syntax::EofArray => "il file finisce prima che una lista sia chiusa (manca una ])",
        Syntax::TrailingComma => "una virgola prima di una parentesi di chiusura; va tolta",
        Syntax::ExpectedValue => {
            "ci si aspettava un valore (un testo, numero, oggetto, lista, true, false o null)"
        }
        Syntax::ExpectedCommaOrBrace => "ci si aspettava ',' o '}'",
        Syntax::ExpectedCommaOrBracket => "ci si aspettava ',' o ']'",
        Syntax::ExpectedColon => "ci si aspettava ':'",
        Syntax::KeyNotString => {
            "le chiavi di un oggetto devono essere testi tra virgolette doppie"
        }
        Syntax::TrailingText => "testo inatteso dopo la fine dell'oggetto del percorso",
        Syntax::UnknownWord => {
            "parola sconosciuta; ci si aspettava true, false, null, un numero o un \"testo\""
        }
        Syntax::BadEscape => "sequenza di escape non valida in un testo",
        Syntax::BadUnicode => {
            "escape \\u non valido: ci si aspettavano 4 cifre esadecimali che indichino un carattere"
        }
        Syntax::Control => {
            "un testo contiene un a capo o un carattere di controllo non protetto; \
             un a capo si scrive \\n"
        }
        Syntax::BadNumber => "numero non valido",
        Syntax::TooDeep => "liste e oggetti annidati per più di 128 livelli",
        Syntax::CurlyQuote => "una virgoletta tipografica; i testi di JSON vanno tra virgolette doppie dritte (\")",
        Syntax::Comment => "JSON non ammette commenti; togli questo commento",
    }
}

fn no_journey(file: NoJourney) -> &'static str {
    match file {
        NoJourney::Svg => "questo file SVG non contiene alcun percorso: ci si aspettava JSON, o un'immagine o una pagina esportata da Journey Lens",
        NoJourney::Html => "questo file HTML non contiene alcun percorso: ci si aspettava JSON, o un'immagine o una pagina esportata da Journey Lens",
        NoJourney::Png => "questa immagine PNG non contiene alcun percorso: ci si aspettava un'immagine esportata da Journey Lens",
    }
}
