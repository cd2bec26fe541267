//! Italian UI texts.

use super::{PresentTexts, Texts};
use crate::domain::curve::{signed, Feeling};
use crate::domain::insights::{FlagKind, Quadrant};
use crate::domain::lanes::LaneKind;
use crate::domain::model::OpportunityKind;
use crate::domain::problem::num;

/// "di" before a source's name, joined with the article of this file's own source names
/// (`pasted_text`, `shared_link`, `source_example`): "del link condiviso", "dell'esempio …",
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

pub const TEXTS: Texts = Texts {
    app_name: "Journey Lens",
    open_file: "Apri file",
    paste_json: "Incolla JSON",
    examples: "Esempi",
    choose_example: "Apri un esempio…",
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
        "Probabili rotture",
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
    matrix_axes: ["Importanza per il cliente →", "Sensazione →"],
    no_kind: "Senza tipo",
    no_owner: "Senza responsabile",
    board_by: ["Per tipo", "Per responsabile"],
    curative_only: "Solo azioni curative per un passo sotto il neutro",
    missed_at: "Non raggiunto in",
    nothing_found: "Nessun risultato.",
    show_on_map: |step| format!("Mostra “{step}” sulla mappa"),
    phases: "Fasi",
    loading: |what| format!("Caricamento {}…", di(what)),
    drop_here: "Rilascia un file di percorso per aprirlo",
    drop_hint: "JSON nel formato Journey Lens. Non viene caricato nulla: il file resta nel tuo browser.",
    opened_with_problems: |what, n| {
        format!("Aperto {what} con {n} problem{}", if n == 1 { "a" } else { "i" })
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
            format!("e {n} altro")
        } else {
            format!("e altri {n}")
        }
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
    http_error: |status, text| format!("il server ha risposto {status} {text}"),
    network_error: "la richiesta di rete non è riuscita (sei offline, o il server non consente richieste cross-origin)",
    bad_src: |src| format!("src: atteso un URL relativo o http(s), trovato {}", crate::domain::problem::quoted(src)),
    too_large: |mb| format!("il file è di {} MB; il limite è 100 MB", num(mb.round())),
    unreadable_file: "impossibile leggere il file",
    pasted_text: "il testo incollato",
    shared_link: "il link condiviso",
    link_damaged: "link: i dati del percorso in questo link sono danneggiati o troncati; richiedi di nuovo il link, oppure il file",
    link_locked: "link: questo percorso è protetto da una passphrase e non è stato aperto; apri di nuovo il link per inserirla",
    locked_title: "Questa mappa è protetta",
    locked_hint: "Chi ha condiviso questo link ha protetto il percorso con una passphrase. Inseriscila per aprire la mappa: viene verificata qui, nel tuo browser.",
    passphrase: "Passphrase",
    passphrase_optional: "Passphrase (facoltativa)",
    passphrase_share_hint: "Con una passphrase il percorso nel link è cifrato (AES-256-GCM); a chi lo apre viene chiesta la passphrase. Invia la passphrase per un canale diverso dal link.",
    wrong_passphrase: "passphrase: passphrase errata, impossibile decifrare il percorso; controllala (maiuscole e minuscole contano) e riprova",
    needs_secure_page: "le passphrase richiedono una pagina sicura (https, o questo computer); questa pagina usa http semplice",
    unlocking: "Apertura…",
    link_failed: "impossibile creare il link in questo browser; scarica invece il JSON",
    share: "Condividi",
    share_title: "Condividi questa mappa",
    share_hint: "L'intero percorso viaggia dentro il link, dopo il #: non raggiunge mai un server. Chiunque abbia il link vede questa mappa in questa vista.",
    share_link: "Link di condivisione",
    embed_code: "Codice di incorporamento",
    embed_hint: "Per mostrare questa mappa in una pagina intranet o wiki, incolla questo codice nel suo HTML. La mappa si adatta al riquadro e lì non è modificabile.",
    open_full_view: "Apri vista completa ↗",
    copy: "Copia",
    copied: "Copiato",
    link_length: |n| {
        if n == 1 {
            format!("{n} carattere")
        } else {
            format!("{n} caratteri")
        }
    },
    link_too_long: "Link così lunghi non funzionano in alcune app di chat e di posta. Invia invece il file.",
    download_json: "Scarica JSON",
    download_html: "Scarica HTML",
    download_svg: "Scarica SVG",
    download_png: "Scarica PNG",
    image_scaled: |percent| format!("Questa mappa è troppo grande per un'unica immagine a dimensione piena: il PNG è ridotto al {percent}% per rientrare nei limiti del browser. L'SVG conserva ogni dettaglio."),
    close: "Chiudi",
    source_example: |name| format!("l'esempio “{name}”"),
    links: "Link",
    opens_in_new_tab: "si apre in una nuova scheda",
    step_of: |n, total| format!("Passo {n} di {total}"),
    previous_step: "Passo precedente",
    next_step: "Passo successivo",
    feelings: "Sensazioni",
    search: "Cerca passi",
    matches: |n, total| match total {
        0 => "Nessun risultato".to_owned(),
        _ => format!("{n} di {total}"),
    },
    previous_match: "Risultato precedente",
    next_match: "Risultato successivo",
    channel: "Canale",
    owner: "Responsabile",
    all_channels: "Tutti i canali",
    all_owners: "Tutti i responsabili",
    clear_filters: "Azzera filtri",
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
    shortcut_keys: [
        ("← →", "Passo precedente o successivo (nella mappa)"),
        ("↑ ↓", "Corsia sopra o sotto"),
        ("Home End", "Primo o ultimo passo"),
        ("Enter", "Apri i dettagli del passo"),
        ("Esc", "Chiudi i dettagli o una finestra di dialogo"),
        ("/", "Cerca passi"),
        ("Enter", "Risultato successivo (nella casella di ricerca; Maiusc per il precedente)"),
        ("+ −", "Ingrandisci o riduci"),
        ("0 F", "Dimensione reale, o adatta la mappa alla finestra"),
        ("M C I", "Mappa, curva emotiva o analisi"),
        ("Tab", "Spostati tra la barra degli strumenti, i filtri e la mappa"),
        ("P", "Presenta il percorso"),
        ("?", "Questo elenco"),
    ],
    persona_gap: "Divario tra le personas",
    widest: "Divario massimo",
    widest_gap: |step, size| {
        let unit = if size == 1.0 { "punto" } else { "punti" };
        format!("Le personas differiscono di più in “{step}”: {} {unit}", num(size))
    },
    curve_summary: |persona, low, low_value, high, high_value| {
        format!(
            "{persona}: punto più basso {low}, {}; punto più alto {high}, {}.",
            signed(low_value),
            signed(high_value)
        )
    },
    curve_table: "Curva in tabella",
    step: "Passo",
    phase: "Fase",
    language: "Lingua",
    collapse_phase: |phase| format!("Comprimi «{phase}»"),
    expand_phase: |phase| format!("Espandi «{phase}»"),
    collapsed: "Compressa",
    lowest_feeling: |value, persona| match persona {
        "" => format!("Emozione più bassa {value}"),
        _ => format!("Emozione più bassa {value} ({persona})"),
    },
    collapsed_phases: |n| match n {
        1 => "1 fase compressa".to_owned(),
        n => format!("{n} fasi compresse"),
    },
    collapse_all: "Comprimi fasi",
    present: PresentTexts {
        present: "Presenta",
        presentation: "Presentazione",
        journey: "Percorso del cliente",
        counts: |phases, steps| {
            let phases = if phases == 1 { "1 fase".to_owned() } else { format!("{phases} fasi") };
            let steps = if steps == 1 { "1 passo".to_owned() } else { format!("{steps} passi") };
            format!("{phases} · {steps}")
        },
        phase_of: |n, total| format!("Fase {n} di {total}"),
        goal: "Obiettivo",
        phase_summary: |steps, pains| {
            let steps = if steps == 1 { "1 passo".to_owned() } else { format!("{steps} passi") };
            let pains = match pains {
                0 => "nessun punto critico".to_owned(),
                1 => "1 punto critico".to_owned(),
                n => format!("{n} punti critici"),
            };
            format!("{steps} · {pains}")
        },
        lowest_at: |value, step| format!("Emozione più bassa {value}, in «{step}»"),
        more: |n| format!("e altri {n}"),
        closing: "Dove intervenire",
        top_pains: "Principali punti critici",
        top_ideas: "Principali opportunità",
        none: "Nessuno registrato",
        slide_of: |n, total| format!("Diapositiva {n} di {total}"),
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
        notes: "Note",
        restart_timer: "Riavvia il cronometro",
        waiting: "In attesa della finestra della presentazione…",
        go_to: |n| format!("Vai a {n}"),
        keys: "→ Spazio PagGiù avanti · ← PagSu indietro · Home Fine · numero Invio · B nero · Esc termina",
    },
};
