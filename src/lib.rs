//! Journey Lens: a customer journey map visualizer that runs entirely in the browser.
//!
//! `domain` is the pure core (no DOM); `app` is the Leptos shell that shows it;
//! `size_classes` is the front of the wasm's allocator.

pub mod app;
pub mod domain;
pub mod size_classes;
