//! English UI texts.

use super::{PresentTexts, Texts};
use crate::domain::curve::{signed, Feeling};
use crate::domain::insights::{FlagKind, Quadrant};
use crate::domain::model::OpportunityKind;
use crate::domain::problem::num;

pub const TEXTS: Texts = Texts {
    app_name: "Journey Lens",
    untitled: crate::domain::parse::UNTITLED,
    num,
    signed,
    open_file: "Open file",
    paste_json: "Paste JSON",
    examples: "Examples",
    choose_example: "Open an example…",
    view: "View",
    view_map: "Map",
    view_curve: "Emotion curve",
    view_insights: "Insights",
    flag: |k| match k {
        FlagKind::Break => "Likely break",
        FlagKind::Lowest => "Lowest point",
        FlagKind::Drop => "Drop",
        FlagKind::FixFirst => "Fix first",
        FlagKind::Handoff => "Handoff",
        FlagKind::ChannelSwitch => "Channel switch",
        FlagKind::ChannelMix => "Several channels",
    },
    quadrant: |q| match q {
        Quadrant::FixFirst => "Fix first",
        Quadrant::Protect => "Protect",
        Quadrant::Watch => "Watch",
        Quadrant::Maintain => "Maintain",
    },
    insight_sections: [
        "Journey health",
        "Weakest links",
        "Handoffs and channel switches",
        "Priority matrix",
        "Metrics against targets",
        "Ownership",
        "Opportunities",
    ],
    summary_labels: [
        "Steps",
        "Phases",
        "Personas",
        "Average feeling",
        "Lowest point",
        "Likely breaks",
        "Targets missed",
    ],
    owner_columns: [
        "Owner",
        "Steps",
        "Avg. feeling",
        "Pains",
        "Opportunities",
        "Handoffs in",
        "Handoffs out",
    ],
    matrix_axes: ["Importance to the customer →", "Feeling →"],
    no_kind: "No kind",
    no_owner: "No owner",
    board_by: ["By kind", "By owner"],
    curative_only: "Only curative actions for a step below neutral",
    missed_at: "Missed at",
    nothing_found: "Nothing found.",
    show_on_map: |step| format!("Show “{step}” on the map"),
    phases: "Phases",
    loading: |what| format!("Loading {what}…"),
    drop_here: "Drop a journey file to open it",
    drop_hint: "JSON in the Journey Lens format. Nothing is uploaded: the file stays in your browser.",
    opened_with_problems: |what, n| {
        format!("Opened {what} with {n} problem{}", if n == 1 { "" } else { "s" })
    },
    could_not_open: |what, shown| {
        if shown {
            format!("Could not open {what}; the map shown is unchanged")
        } else {
            format!("Could not open {what}")
        }
    },
    dismiss: "Dismiss",
    and_more: |n| format!("and {n} more"),
    problem: |kind| kind.to_string(),
    effect: |effect| effect.to_string(),
    no_journey: crate::domain::carrier::NoJourney::en,
    explain: |reason, journey| reason.explain_en(journey),
    metric_name: |_| None,
    paste_title: "Paste a journey",
    paste_hint: "Paste the JSON text of a journey file. It is read in your browser; nothing is sent anywhere.",
    open: "Open",
    cancel: "Cancel",
    importance: |v| format!("Importance {} of 5", num(v)),
    step_n: |n| format!("Step {n}"),
    target: |t, higher, unit| {
        format!("target {} {}{}", if higher { "≥" } else { "≤" }, num(t), unit)
    },
    target_met: "meets target",
    target_missed: "misses target",
    opportunity_kind: |k| match k {
        OpportunityKind::Corrective => "Corrective",
        OpportunityKind::Curative => "Curative",
    },
    feeling: |f| match f {
        Feeling::VeryNegative => "very negative",
        Feeling::Negative => "negative",
        Feeling::Neutral => "neutral",
        Feeling::Positive => "positive",
        Feeling::VeryPositive => "very positive",
    },
    emotion_scale: "from −2 (very negative) to +2 (very positive)",
    default_persona: "Customer",
    point_label: |persona, step, value, feeling| {
        let feeling = (TEXTS.feeling)(feeling);
        format!("{persona}, {step}: {} ({feeling})", signed(value))
    },
    lane_title: |k| k.default_title_en().unwrap_or(""),
    lanes_menu: "Lanes",
    theme_menu: "Theme",
    themes: ["Automatic (system)", "Light", "Dark", "High contrast"],
    lanes_empty: "empty",
    show_persona: |name, shown| format!("{name}: {} curve", if shown { "hide" } else { "show" }),
    empty_title: "Open a customer journey",
    empty_body: "Drop a journey JSON file anywhere on this page, open one, paste its text, or start from an example.",
    no_steps: "This journey has no steps yet.",
    no_feelings: "This journey states no feelings.",
    no_lanes: "No lane is shown: choose some in the Lanes menu (the lanes this journey leaves empty start hidden).",
    http_error: |status, text| format!("the server answered {status} {text}"),
    network_error: "the network request failed (offline, or the server does not allow cross-origin requests)",
    bad_src: |src| format!("src: expected a relative or http(s) URL, found {}", crate::domain::problem::quoted(src)),
    too_large: |mb| format!("the file is {} MB; the limit is 100 MB", num(mb.round())),
    unreadable_file: "the file could not be read",
    pasted_text: "pasted text",
    shared_link: "the shared link",
    link_damaged: "link: the journey data in this link is damaged or cut short; ask for the link again, or for the file",
    link_locked: "link: this journey is protected by a passphrase and was not opened; open the link again to enter it",
    locked_title: "This map is protected",
    locked_hint: "Whoever shared this link protected the journey with a passphrase. Enter it to open the map: it is checked here, in your browser.",
    passphrase: "Passphrase",
    passphrase_optional: "Passphrase (optional)",
    passphrase_share_hint: "With a passphrase the journey in the link is encrypted (AES-256-GCM); whoever opens it is asked for the passphrase. Send the passphrase another way than the link.",
    wrong_passphrase: "passphrase: wrong passphrase, the journey could not be decrypted; check it (case matters) and try again",
    needs_secure_page: "passphrases need a secure page (https, or this computer); this page is plain http",
    unlocking: "Opening…",
    link_failed: "the link could not be made in this browser; download the JSON instead",
    share: "Share",
    share_title: "Share this map",
    share_hint: "The whole journey travels inside the link, after the #: it never reaches a server. Anyone with the link (and its passphrase, if you set one) sees this map in this view.",
    share_link: "Share link",
    embed_code: "Embed code",
    embed_hint: "To show this map in an intranet or wiki page, paste this into its HTML. The map fits the frame and cannot be edited there.",
    open_full_view: "Open full view ↗",
    copy: "Copy",
    copied: "Copied",
    link_length: |n| format!("{n} characters"),
    link_too_long: "Links this long break in some chat and email tools. Send the file instead.",
    download_json: "Download JSON",
    download_html: "Download HTML",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    image_scaled: |percent| format!("This map is too large for one image at full size: the PNG is scaled to {percent}% to fit the browser's limits. The SVG keeps every detail."),
    close: "Close",
    source_example: |name| format!("example “{name}”"),
    links: "Links",
    opens_in_new_tab: "opens in a new tab",
    step_of: |n, total| format!("Step {n} of {total}"),
    previous_step: "Previous step",
    next_step: "Next step",
    feelings: "Feelings",
    search: "Search steps",
    matches: |n, total| match total {
        0 => "No match".to_owned(),
        _ => format!("{n} of {total}"),
    },
    previous_match: "Previous match",
    next_match: "Next match",
    channel: "Channel",
    owner: "Owner",
    all_channels: "All channels",
    all_owners: "All owners",
    clear_filters: "Clear filters",
    hidden_counts: |lanes, personas| {
        let lanes = match lanes {
            0 => String::new(),
            1 => "1 lane".to_owned(),
            n => format!("{n} lanes"),
        };
        let personas = match personas {
            0 => String::new(),
            1 => "1 persona".to_owned(),
            n => format!("{n} personas"),
        };
        let both = if lanes.is_empty() || personas.is_empty() { "" } else { " and " };
        format!("{lanes}{both}{personas} hidden")
    },
    zoom: "Zoom",
    zoom_out: "Zoom out",
    zoom_in: "Zoom in",
    zoom_fit: "Fit",
    zoom_actual: "Actual size (100%)",
    shortcuts: "Keyboard shortcuts",
    shortcut_keys: [
        ("← →", "Previous or next step (in the map)"),
        ("↑ ↓", "Lane above or below"),
        ("Home End", "First or last step"),
        ("Enter", "Open the step's details"),
        ("Esc", "Close the details or a dialog"),
        ("/", "Search steps"),
        ("Enter", "Next match (in the search box; Shift for the previous)"),
        ("+ −", "Zoom in or out"),
        ("0 F", "Actual size, or fit the map to the window"),
        ("M C I", "Map, emotion curve or insights"),
        ("Tab", "Move between the toolbar, the filters and the map"),
        ("P", "Present the journey"),
        ("?", "This list"),
    ],
    persona_gap: "Gap between personas",
    widest: "Widest gap",
    widest_gap: |step, size| {
        let unit = if size == 1.0 { "point" } else { "points" };
        format!("The personas differ most at “{step}”: {} {unit}", num(size))
    },
    curve_summary: |persona, low, low_value, high, high_value| {
        format!(
            "{persona}: lowest point {low}, {}; highest point {high}, {}.",
            signed(low_value),
            signed(high_value)
        )
    },
    curve_table: "Curve as a table",
    step: "Step",
    phase: "Phase",
    language: "Language",
    collapse_phase: |phase| format!("Collapse “{phase}”"),
    expand_phase: |phase| format!("Expand “{phase}”"),
    collapsed: "Collapsed",
    lowest_feeling: |value, persona| match persona {
        "" => format!("Lowest feeling {value}"),
        _ => format!("Lowest feeling {value} ({persona})"),
    },
    collapsed_phases: |n| match n {
        1 => "1 phase collapsed".to_owned(),
        n => format!("{n} phases collapsed"),
    },
    collapse_all: "Collapse phases",
    expand_all: "Expand phases",
    present: PresentTexts {
        present: "Present",
        presentation: "Presentation",
        journey: "Customer journey",
        counts: |phases, steps| {
            let phases = if phases == 1 { "1 phase".to_owned() } else { format!("{phases} phases") };
            let steps = if steps == 1 { "1 step".to_owned() } else { format!("{steps} steps") };
            format!("{phases} · {steps}")
        },
        phase_of: |n, total| format!("Phase {n} of {total}"),
        goal: "Goal",
        phase_summary: |steps, pains| {
            let steps = if steps == 1 { "1 step".to_owned() } else { format!("{steps} steps") };
            let pains = match pains {
                0 => "no pain points".to_owned(),
                1 => "1 pain point".to_owned(),
                n => format!("{n} pain points"),
            };
            format!("{steps} · {pains}")
        },
        lowest_at: |value, step| format!("Lowest feeling {value}, at “{step}”"),
        more: |n| format!("and {n} more"),
        closing: "Where to act",
        top_pains: "Top pain points",
        top_ideas: "Top opportunities",
        none: "None recorded",
        slide_of: |n, total| format!("Slide {n} of {total}"),
        previous: "Previous slide",
        next: "Next slide",
        phases_only: "Phases only",
        presenter_view: "Presenter view",
        full_screen: "Full screen",
        blank: "Blank screen",
        exit: "End presentation",
        now: "Now showing",
        up_next: "Next",
        end: "End of the presentation",
        notes: "Notes",
        restart_timer: "Restart timer",
        waiting: "Waiting for the presentation window…",
        go_to: |n| format!("Go to {n}"),
        keys: "→ Space PgDn next · ← PgUp back · Home End · number Enter · B blank · Esc end",
    },
};
