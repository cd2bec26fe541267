//! The pure core: the journey model, reading and checking files, layout and curve math.
//! Nothing here knows about the DOM; all of it is tested natively with `cargo test`.

pub mod bidi;
pub mod carrier;
pub mod crossref;
pub mod curve;
pub mod decimal;
pub mod explore;
pub mod export;
pub mod file_text;
pub mod id_set;
pub mod insights;
pub mod json;
pub mod lanes;
pub mod layout;
pub mod link;
pub mod map_model;
pub mod metrics;
pub mod model;
pub mod pairs;
pub mod palette;
pub mod parse;
pub mod parse_step;
pub mod problem;
pub mod reader;
pub mod sorting;
pub mod story;
pub mod syntax;
pub mod text;
pub mod view_state;

pub use model::Journey;
pub use parse::{read_journey, Loaded};
pub use problem::{Problem, Severity};
