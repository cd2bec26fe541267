//! Spanish UI texts.

use super::{
    count_comma as c, num_apart_comma as num_apart, num_comma as num, signed_comma as signed,
};
use super::{PresentTexts, Texts};
use crate::domain::curve::Feeling;
use crate::domain::insights::{FlagKind, Quadrant};
use crate::domain::lanes::LaneKind;
use crate::domain::model::OpportunityKind;

/// The title of a journey whose file gives none.
const UNTITLED: &str = "Recorrido sin título";

pub const TEXTS: Texts = Texts {
    app_name: "Journey Lens",
    untitled: UNTITLED,
    num,
    num_apart,
    signed,
    open_file: "Abrir archivo",
    paste_json: "Pegar JSON",
    examples: "Ejemplos",
    view: "Vista",
    view_map: "Mapa",
    view_curve: "Curva emocional",
    view_insights: "Análisis",
    flag: |k| match k {
        FlagKind::Break => "Posible ruptura",
        FlagKind::Lowest => "Punto más bajo",
        FlagKind::Drop => "Caída",
        FlagKind::FixFirst => "Corregir primero",
        FlagKind::Handoff => "Traspaso",
        FlagKind::ChannelSwitch => "Cambio de canal",
        FlagKind::ChannelMix => "Varios canales",
    },
    quadrant: |q| match q {
        Quadrant::FixFirst => "Corregir primero",
        Quadrant::Protect => "Proteger",
        Quadrant::Watch => "Vigilar",
        Quadrant::Maintain => "Mantener",
    },
    insight_sections: [
        "Salud del recorrido",
        "Eslabones más débiles",
        "Traspasos y cambios de canal",
        "Matriz de prioridades",
        "Métricas frente a objetivos",
        "Responsables",
        "Oportunidades",
    ],
    summary_labels: [
        "Pasos",
        "Fases",
        "Perfiles",
        "Emoción media",
        "Punto más bajo",
        "Pasos con posible ruptura",
        "Objetivos incumplidos",
    ],
    owner_columns: [
        "Responsable",
        "Pasos",
        "Emoción media",
        "Puntos de dolor",
        "Oportunidades",
        "Traspasos recibidos",
        "Traspasos enviados",
    ],
    matrix_axes: [
        "Importancia para el cliente →",
        "Emoción más baja →",
        "Emoción más baja",
    ],
    no_kind: "Sin tipo",
    no_owner: "Sin responsable",
    board_by: ["Por tipo", "Por responsable"],
    curative_only: "Solo acciones curativas para un paso por debajo de neutro",
    missed_at: "Incumplido en",
    nothing_found: "No se ha encontrado nada.",
    matrix_empty: "Ningún paso tiene a la vez importancia y emoción.",
    show_all: |n| format!("Mostrar los {n}", n = c(n)),
    more_here: |n| format!("{n} pasos más aquí", n = c(n)),
    reached_at: |n| format!("{n} pasos lo alcanzan", n = c(n)),
    behind_counts: |n| format!("Los {n} pasos tras los recuentos +", n = c(n)),
    show_on_map: |step| format!("Mostrar “{step}” en el mapa"),
    phases: "Fases",
    loading: |what| format!("Cargando {what}…"),
    drop_here: "Soltar un archivo de recorrido para abrirlo",
    drop_hint: "JSON en formato Journey Lens. No se sube nada: el archivo se queda en el navegador.",
    opened_with_problems: |what, n| {
        format!("Se abrió {what} con {n} problema{}", if n == 1 { "" } else { "s" }, n = c(n))
    },
    could_not_open: |what, shown| {
        if shown {
            format!("No se pudo abrir {what}; el mapa mostrado no ha cambiado")
        } else {
            format!("No se pudo abrir {what}")
        }
    },
    dismiss: "Descartar",
    and_more: |n| format!("y {n} más", n = c(n)),
    problem: |kind| MESSAGES.problem(kind),
    effect: |effect| MESSAGES.effect(effect),
    link_error: |error| MESSAGES.link_error(error),
    no_journey,
    explain: |reason, journey| MESSAGES.explain(reason, journey),
    metric_name: |id| match id {
        "ces" => Some("Esfuerzo del cliente"),
        "fcr" => Some("Resolución en el primer contacto"),
        "frt_hours" => Some("Primera respuesta"),
        "aht_minutes" => Some("Tiempo de atención"),
        _ => None,
    },
    paste_title: "Pegar un recorrido",
    paste_hint: "Pegar el texto JSON de un archivo de recorrido. Se lee en el navegador; no se envía a ninguna parte.",
    open: "Abrir",
    cancel: "Cancelar",
    importance: |v| format!("Importancia {} de 5", num(v)),
    step_n: |n| format!("Paso {n}"),
    target: |t, higher, unit| {
        format!("objetivo {} {}{}", if higher { "≥" } else { "≤" }, num(t), unit)
    },
    target_met: "cumple el objetivo",
    target_missed: "no cumple el objetivo",
    opportunity_kind: |k| match k {
        OpportunityKind::Corrective => "Correctiva",
        OpportunityKind::Curative => "Curativa",
    },
    feeling: |f| match f {
        Feeling::VeryNegative => "muy negativo",
        Feeling::Negative => "negativo",
        Feeling::Neutral => "neutro",
        Feeling::Positive => "positivo",
        Feeling::VeryPositive => "muy positivo",
    },
    emotion_scale: "de −2 (muy negativo) a +2 (muy positivo)",
    default_persona: "Cliente",
    point_label: |persona, step, value, feeling| {
        let feeling = (TEXTS.feeling)(feeling);
        format!("{persona}, {step}: {} ({feeling})", signed(value))
    },
    lane_title: |k| match k {
        LaneKind::Actions => "Acciones del usuario",
        LaneKind::Touchpoints => "Puntos de contacto",
        LaneKind::Channels => "Canales",
        LaneKind::Owner => "Responsable",
        LaneKind::Thoughts => "Pensamientos del usuario",
        LaneKind::Emotion => "Emoción",
        LaneKind::Pains => "Puntos de dolor",
        LaneKind::Opportunities => "Oportunidades",
        LaneKind::Metrics => "Métricas",
        LaneKind::Backstage => "Trastienda",
        LaneKind::Custom => "",
    },
    lanes_menu: "Filas",
    theme_menu: "Tema",
    themes: ["Automático (sistema)", "Claro", "Oscuro", "Alto contraste"],
    lanes_empty: "vacía",
    show_persona: |name, shown| {
        format!("{name}: {} curva", if shown { "ocultar" } else { "mostrar" })
    },
    empty_title: "Abrir un recorrido del cliente",
    empty_body: "Se puede soltar un archivo JSON de recorrido en cualquier parte de esta página, abrir uno, pegar su texto o partir de un ejemplo.",
    no_steps: "Este recorrido aún no tiene pasos.",
    no_feelings: "Este recorrido no indica ninguna emoción.",
    no_lanes: "No se muestra ninguna fila: elija alguna en el menú Filas (las que este recorrido deja vacías empiezan ocultas).",
    http_error: |status, text| format!("el servidor respondió {status} {text}"),
    network_error: "la solicitud de red falló (sin conexión, o el servidor no admite solicitudes de otros orígenes)",
    bad_src: |src| format!("src: se esperaba una URL relativa o http(s), pero se encontró {}", crate::domain::problem::quoted(src)),
    too_large: |mb| match mb.is_finite() {
        true => format!("el archivo ocupa {} MB; el límite es de 100 MB", num(mb.round())),
        false => "el archivo supera el límite de 100 MB".to_owned(),
    },
    unreadable_file: "no se pudo leer el archivo",
    pasted_text: "el texto pegado",
    dropped_text: "el texto soltado",
    shared_link: "el enlace compartido",
    link_damaged: "enlace: los datos del recorrido de este enlace están dañados o incompletos; hay que pedir de nuevo el enlace, o el archivo",
    link_locked: "enlace: este recorrido está protegido con una frase de contraseña y no se ha abierto; para introducirla, hay que volver a abrir el enlace",
    locked_title: "Este mapa está protegido",
    locked_hint: "Quien compartió este enlace protegió el recorrido con una frase de contraseña. Hay que introducirla para abrir el mapa: se comprueba aquí, en el navegador.",
    passphrase: "Frase de contraseña",
    passphrase_optional: "Frase de contraseña (opcional)",
    passphrase_share_hint: "Con una frase de contraseña, el recorrido del enlace se cifra (AES-256-GCM) y se pide la frase a quien lo abra. Conviene enviar la frase por un medio distinto del enlace.",
    wrong_passphrase: "frase de contraseña: no se pudo descifrar el recorrido: la frase no es correcta (distingue mayúsculas y minúsculas) o el enlace está cortado",
    needs_secure_page: "las frases de contraseña requieren una página segura (https, o este equipo); esta página usa http sin cifrar",
    unlocking: "Abriendo…",
    link_failed: "no se pudo crear el enlace en este navegador; se puede descargar el JSON en su lugar",
    share: "Compartir",
    share_title: "Compartir este mapa",
    share_hint: "Todo el recorrido viaja dentro del enlace, tras el #: nunca llega a un servidor. Cualquiera que tenga el enlace (y su frase de contraseña, si pone una) ve este mapa en esta vista.",
    share_link: "Enlace para compartir",
    embed_code: "Código para insertar",
    embed_hint: "Para mostrar este mapa en una intranet o una página wiki, basta con pegar esto en su HTML. Allí el mapa no se puede editar; su script da al marco la altura del mapa (donde la página no admite scripts, el marco mide 600 píxeles de alto y se desplaza).",
    open_full_view: "Abrir vista completa ↗",
    copy: "Copiar",
    copied: "Copiado",
    link_length: |n| format!("{n} {}", if n == 1 { "carácter" } else { "caracteres" }, n = c(n)),
    link_too_long: "Los enlaces tan largos fallan en algunas herramientas de chat y de correo. Es mejor enviar el archivo.",
    left_out_of_link: "Los valores que no se pudieron leer del archivo no están en el enlace ni en las descargas.",
    link_local: "Esta página es un archivo de este ordenador: sus enlaces y su código para insertar solo se abren aquí. Es mejor enviar el archivo.",
    download_json: "Descargar JSON",
    download_html: "Descargar HTML",
    download_svg: "Descargar SVG",
    download_png: "Descargar PNG",
    image_scaled: |percent| format!("Este mapa es demasiado grande para una sola imagen a tamaño completo: el PNG se reduce al {percent}% para ajustarse a los límites del navegador. El SVG conserva todos los detalles."),
    drawing_image: "Dibujando todos los pasos para la imagen…",
    image_unreadable: |percent| format!("Este mapa es demasiado ancho para un PNG legible: se reduciría al {percent}%. Guárdalo como SVG, que conserva todos los detalles a cualquier tamaño, o contrae las fases para estrecharlo."),
    close: "Cerrar",
    source_example: |name| format!("el ejemplo “{name}”"),
    links: "Enlaces",
    opens_in_new_tab: "se abre en una pestaña nueva",
    step_of: |n, total| format!("Paso {n} de {total}", n = c(n), total = c(total)),
    previous_step: "Paso anterior",
    next_step: "Paso siguiente",
    search: "Buscar pasos",
    matches: |n, total| match total {
        0 => "Sin coincidencias".to_owned(),
        _ => format!("{n} de {total}", n = c(n), total = c(total)),
    },
    kept_steps: |n, total| format!("Pasos que coinciden: {n} de {total}", n = c(n), total = c(total)),
    previous_match: "Coincidencia anterior",
    next_match: "Coincidencia siguiente",
    channel: "Canal",
    owner: "Responsable",
    all_channels: "Todos los canales",
    all_owners: "Todos los responsables",
    clear_filters: "Borrar filtros",
    filtered_out: ", fuera del filtro",
    hidden_counts: |lanes, personas| {
        let lanes_text = match lanes {
            0 => String::new(),
            1 => "1 fila".to_owned(),
            n => format!("{n} filas"),
        };
        let personas_text = match personas {
            0 => String::new(),
            1 => "1 perfil".to_owned(),
            n => format!("{n} perfiles"),
        };
        // "fila" is feminine, "perfil" masculine; together they take the masculine plural.
        let hidden = match (lanes, personas) {
            (0, 1) => "oculto",
            (0, _) => "ocultos",
            (1, 0) => "oculta",
            (_, 0) => "ocultas",
            _ => "ocultos",
        };
        let both = if lanes_text.is_empty() || personas_text.is_empty() { "" } else { " y " };
        format!("{lanes_text}{both}{personas_text} {hidden}")
    },
    zoom: "Zoom",
    zoom_out: "Alejar",
    zoom_in: "Acercar",
    zoom_fit: "Ajustar",
    zoom_actual: "Tamaño real (100%)",
    shortcuts: "Atajos de teclado",
    single_keys: "Atajos de una sola tecla",
    single_keys_off: "desactivado",
    marks_legend: "Marcas en el mapa",
    shortcut_keys: [
        ("← →", "Paso anterior o siguiente (en el mapa)"),
        ("↑ ↓", "Fila superior o inferior"),
        ("Inicio Fin", "Primer o último paso"),
        ("Intro", "Abrir los detalles del paso"),
        ("Esc", "Cerrar los detalles o un cuadro de diálogo"),
        ("Tab", "Moverse entre la barra de herramientas, los filtros y el mapa"),
        ("P", "Presentar el recorrido"),
        ("?", "Esta lista"),
        ("/", "Buscar pasos"),
        ("Intro", "Coincidencia siguiente (en el cuadro de búsqueda; Mayús para la anterior)"),
        ("+ −", "Acercar o alejar"),
        ("0 F", "Tamaño real, o ajustar el mapa a la ventana"),
        ("M C I", "Mapa, curva emocional o análisis"),
    ],
    widest: "Mayor diferencia",
    widest_gap: |step, size| {
        let unit = if size == 1.0 { "punto" } else { "puntos" };
        format!("Los perfiles difieren más en “{step}”: {} {unit}", num(size))
    },
    curve_summary: |persona, low, low_value, high, high_value| {
        format!(
            "{persona}: punto más bajo en “{low}”, {}; punto más alto en “{high}”, {}.",
            signed(low_value),
            signed(high_value)
        )
    },
    curve_table: "Curva como tabla",
    step: "Paso",
    phase: "Fase",
    language: "Idioma",
    collapse_phase: |phase| format!("Contraer “{phase}”"),
    expand_phase: |phase| format!("Expandir “{phase}”"),
    collapsed: "Contraída",
    lowest_feeling: |value, persona| match persona {
        "" => format!("Emoción más baja {value}"),
        _ => format!("Emoción más baja {value} ({persona})"),
    },
    collapsed_phases: |n| match n {
        1 => "1 fase contraída".to_owned(),
        n => format!("{n} fases contraídas", n = c(n)),
    },
    collapse_all: "Contraer fases",
    expand_all: "Expandir fases",
    present: PresentTexts {
        present: "Presentar",
        presentation: "Presentación",
        journey: "Recorrido del cliente",
        counts: |phases, steps| {
            let phases = if phases == 1 { "1 fase".to_owned() } else { format!("{phases} fases", phases = c(phases)) };
            let steps = if steps == 1 { "1 paso".to_owned() } else { format!("{steps} pasos", steps = c(steps)) };
            format!("{phases} · {steps}")
        },
        phase_of: |n, total| format!("Fase {n} de {total}", n = c(n), total = c(total)),
        goal: "Objetivo",
        phase_summary: |steps, pains| {
            let steps = if steps == 1 { "1 paso".to_owned() } else { format!("{steps} pasos", steps = c(steps)) };
            let pains = match pains {
                0 => "ningún punto de dolor".to_owned(),
                1 => "1 punto de dolor".to_owned(),
                n => format!("{n} puntos de dolor", n = c(n)),
            };
            format!("{steps} · {pains}")
        },
        lowest_at: |value, step| format!("Emoción más baja {value}, en “{step}”"),
        more: |n| format!("y {n} más", n = c(n)),
        closing: "Dónde actuar",
        top_pains: "Principales puntos de dolor",
        top_ideas: "Principales oportunidades",
        none: "Ninguno registrado",
        slide_of: |n, total| format!("Diapositiva {n} de {total}", n = c(n), total = c(total)),
        previous: "Diapositiva anterior",
        next: "Diapositiva siguiente",
        phases_only: "Solo fases",
        presenter_view: "Vista del presentador",
        full_screen: "Pantalla completa",
        blank: "Pantalla en negro",
        exit: "Terminar la presentación",
        now: "En pantalla",
        up_next: "Siguiente",
        end: "Fin de la presentación",
        no_notes: "Esta diapositiva no tiene notas.",
        notes: "Notas",
        restart_timer: "Reiniciar el cronómetro",
        waiting: "Esperando la ventana de la presentación…",
        go_to: |n| format!("Ir a {n}"),
        keys: "→ Espacio AvPág siguiente · ← RePág atrás · Inicio Fin · número Intro · B negro · Esc terminar",
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
    this: ["este ", "esta "],
    elides: false,
    and,
    syntax,
    text: "un texto",
    non_empty_text: "un texto que no esté vacío",
    number: "un número",
    bool: "true o false",
    any_object: "un objeto",
    opportunity_object: "un texto o un objeto de tipo oportunidad",
    object_of: "un objeto de tipo {0}",
    array_of: "una lista de {0}",
    non_empty_array_of: "una lista con al menos {0}",
    text_or_texts: "un texto o una lista de textos",
    number_map: "un objeto de id de métrica a número",
    text_map: "un objeto de id de fila a texto o lista de textos",
    range: "un número de {0} a {1}",
    emotion: "un número de -2 a 2, o un objeto de id de perfil a tal número",
    colour: "un color hexadecimal como \"#2f6fde\"",
    url: "una URL http(s) o mailto",
    one_of: "uno de {0}",
    format_version: "un número entero a partir de 1",
    found_array: "una lista",
    found_empty_array: "una lista vacía",
    found_object: "un objeto",
    invalid_json: "JSON no válido: {0}",
    expected: "se esperaba {0}, se encontró {1}",
    missing: "falta; se esperaba {0}",
    unknown: "{0} no es un id de {1} conocido; se esperaba uno de {2}",
    unknown_none_defined: "{0} no es un id de {1} conocido; el archivo no define {2}",
    duplicate: "id de {0} repetido: {1}, ya usado en {2}",
    future_version: "este archivo tiene la versión {0} del formato; esta aplicación lee la versión 1, así que puede pasar por alto campos más nuevos",
    out_of_phase_order: "este paso de la fase {0} va después de pasos de una fase posterior; se muestra con su fase",
    empty_phase: "ningún paso pertenece a esta fase",
    no_usable_phase: "no hay ninguna fase utilizable; se esperaba al menos una fase con id y nombre",
    off_scale: "el valor {0} está fuera de la escala de la métrica, de {1} a {2}",
    empty_scale: "min {0} debe ser menor que max {1}",
    builtin_lane: "{0} es una fila predefinida; su contenido va en el campo propio del paso",
    repeated_key: "{0} ya es una clave de este objeto; solo se usa este último valor",
    near_miss: "campo desconocido, se conserva pero no se lee; ¿quería decir {0}?",
    bad_utf8: "este byte no es UTF-8 (ni ningún otro que se muestre como \u{fffd}); el resto del archivo se lee como UTF-8",
    not_kept: "este recorrido ocupa más de 5 MB, demasiado para que esta pestaña lo guarde: al recargar se mostrará el ejemplo predeterminado",
    not_utf8: "este archivo no está en UTF-8; se ha leído como Windows-1252 (Europa occidental): si alguna letra sale mal, guárdalo en UTF-8",
    left_out: ["se omite {0}", "se omite {0}"],
    ignored: "se ignora este valor",
    untitled: UNTITLED,
    default_used: "se usa {0} en su lugar",
    shown_as_written: "se muestra tal como está escrito",
    not_opened: "el archivo no se abrió",
    link_newer: "enlace: este enlace usa el formato de compartir {0}, más reciente que los que lee esta aplicación (j1, e1)",
    link_not_data: "enlace: se esperaban datos base64url después de {0}=, se encontró {1} en el carácter {2}; puede que el enlace esté incompleto",
    link_cut_in_byte: "enlace: los datos después de {0}= terminan a mitad de un byte, en su carácter {1}; el enlace está incompleto",
    link_empty: "enlace: {0}= no contiene ningún recorrido; puede que el enlace esté incompleto",
    of_persona: " de {0}",
    for_persona: " para {0}",
    points: ["{0} punto", "{0} puntos"],
    lowest: "emoción más baja{0}: {1}{2}",
    also_at: ", también en {0}",
    also_more: ", también en otros {0} pasos",
    drop: "la emoción baja {0}{1}, de {2} a {3}",
    below_neutral: "por debajo de neutro ({0}{1})",
    at_importance: "{0}, con importancia {1}",
    moves_between: "el cliente alterna entre {0} en este paso",
    feeling: ", con una emoción de {0}{1}",
    owner_changes: "el responsable cambia de {0} a {1}",
    channel_changes: "el canal cambia de {0} a {1}",
    falls: "la emoción baja {0}{1}",
};

/// Singular, plural, and whether the noun is feminine.
fn noun(noun: Noun) -> (&'static str, &'static str, bool) {
    match noun {
        Noun::Journey => ("recorrido", "recorridos", false),
        Noun::Persona => ("perfil", "perfiles", false),
        Noun::Phase => ("fase", "fases", true),
        Noun::Step => ("paso", "pasos", false),
        Noun::Channel => ("canal", "canales", false),
        Noun::Owner => ("responsable", "responsables", false),
        Noun::Lane => ("fila", "filas", true),
        Noun::Metric => ("métrica", "métricas", true),
        Noun::Link => ("enlace", "enlaces", false),
        Noun::Opportunity => ("oportunidad", "oportunidades", true),
        Noun::Text => ("texto", "textos", false),
    }
}

/// Why a text is not JSON.
fn syntax(what: Syntax) -> &'static str {
    match what {
        Syntax::Empty => "el archivo está vacío",
        Syntax::Markup => "esto es HTML o XML, no un archivo de recorrido JSON",
        Syntax::NotText => "no es un archivo de texto; un recorrido es un archivo de texto JSON",
        Syntax::EofValue => "el archivo termina donde se esperaba un valor",
        Syntax::EofString => "el archivo termina dentro de un texto (falta la \" de cierre)",
        Syntax::EofObject => "el archivo termina antes de cerrar un objeto (falta una })",
        Syntax::EofArray => "el archivo termina antes de cerrar una lista (falta un ])",
        Syntax::TrailingComma => "una coma antes de un cierre; hay que quitarla",
        Syntax::ExpectedValue => {
            "se esperaba un valor (un texto, número, objeto, lista, true, false o null)"
        }
        Syntax::ExpectedCommaOrBrace => "se esperaba ',' o '}'",
        Syntax::ExpectedCommaOrBracket => "se esperaba ',' o ']'",
        Syntax::ExpectedColon => "se esperaba ':'",
        Syntax::KeyNotString => "las claves de un objeto deben ser textos entre comillas dobles",
        Syntax::TrailingText => "texto inesperado después del final del objeto del recorrido",
        Syntax::UnknownWord => {
            "palabra desconocida; se esperaba true, false, null, un número o un \"texto\""
        }
        Syntax::BadEscape => "secuencia de escape no válida en un texto",
        Syntax::BadUnicode => {
            "escape \\u no válido: se esperaban 4 dígitos hexadecimales que nombren un carácter"
        }
        Syntax::Control => {
            "un texto contiene un salto de línea o un carácter de control sin escapar; \
             un salto de línea se escribe \\n"
        }
        Syntax::BadNumber => "número no válido",
        Syntax::TooDeep => "listas y objetos anidados en más de 128 niveles",
        Syntax::CurlyQuote => {
            "una comilla tipográfica; los textos de JSON van entre comillas dobles rectas (\")"
        }
        Syntax::Comment => "JSON no admite comentarios; quita este comentario",
    }
}

fn no_journey(file: NoJourney) -> &'static str {
    match file {
        NoJourney::Svg => "este archivo SVG no contiene ningún recorrido: se esperaba JSON, o una imagen o página exportada por Journey Lens",
        NoJourney::Html => "este archivo HTML no contiene ningún recorrido: se esperaba JSON, o una imagen o página exportada por Journey Lens",
        NoJourney::Png => "esta imagen PNG no contiene ningún recorrido: se esperaba una exportada por Journey Lens",
    }
}

/// "y", or "e" before an "i" sound ("Chat e Instagram"), but not before "hie", "hia".
fn and(next: &str) -> &'static str {
    let mut letters = next.chars().map(|c| match c {
        'I' | 'í' | 'Í' => 'i',
        'H' => 'h',
        c => c,
    });
    let first = letters.next();
    let second = letters.next();
    let i_sound = match (first, second) {
        (Some('i'), _) => true,
        (Some('h'), Some('i')) => !matches!(letters.next(), Some('e' | 'a')),
        _ => false,
    };
    if i_sound {
        " e "
    } else {
        " y "
    }
}
