//! A size-class front for the wasm's allocator. Loading a journey allocates in small pieces
//! (a 1,000-step file: about 26,000 strings, lists and tree nodes, most under 64 bytes), and
//! the first load runs in V8's baseline compiler, where a general allocator's search for a
//! fitting block costs: talc's `allocate` alone was a fifth of the time a 10,000-step file
//! took to read. Here a small block comes from a free list of blocks of its size, or else
//! from the end of a 64 KB chunk; a freed one goes back on its list, to be used again by a
//! block of the same size. Larger blocks, chunks and over-aligned ones are the backing
//! allocator's.
//!
//! The cost: a small block is rounded up to a multiple of 16 bytes, and memory freed in one
//! size is kept for that size (the wasm's memory never shrinks anyway).

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Blocks are multiples of this, and aligned to it.
const GRANULE: usize = 16;
/// The largest small block.
const SMALL_MAX: usize = 1024;
const CLASSES: usize = SMALL_MAX / GRANULE;
/// What small blocks are cut from, taken from the backing allocator as needed.
const CHUNK: usize = 64 * 1024;

struct State {
    /// Each size's first free block; a free block holds the address of the next one.
    free: [*mut u8; CLASSES],
    /// The unused end of the current chunk.
    next: *mut u8,
    end: *mut u8,
}

/// Small blocks by size class, the rest from `B`.
pub struct SizeClasses<B> {
    backing: B,
    state: UnsafeCell<State>,
}

// The wasm has one thread, and `GlobalAlloc` is never re-entered: the one caller at a time
// owns the state. (Native tests use one allocator per thread.)
unsafe impl<B: Sync> Sync for SizeClasses<B> {}

impl<B> SizeClasses<B> {
    pub const fn new(backing: B) -> Self {
        SizeClasses {
            backing,
            state: UnsafeCell::new(State {
                free: [null_mut(); CLASSES],
                next: null_mut(),
                end: null_mut(),
            }),
        }
    }
}

/// The size class of a block of `layout`, when it is small.
fn class(layout: Layout) -> Option<usize> {
    (layout.size() <= SMALL_MAX && layout.align() <= GRANULE)
        .then(|| layout.size().saturating_sub(1) / GRANULE)
}

unsafe impl<B: GlobalAlloc> GlobalAlloc for SizeClasses<B> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else {
            return unsafe { self.backing.alloc(layout) };
        };
        let state = unsafe { &mut *self.state.get() };
        let head = state.free[c];
        if !head.is_null() {
            state.free[c] = unsafe { head.cast::<*mut u8>().read() };
            return head;
        }
        let size = (c + 1) * GRANULE;
        if (state.end as usize) - (state.next as usize) < size {
            // A new chunk; what is left of the last one (under 1 KB) is not used.
            let chunk = unsafe {
                self.backing
                    .alloc(Layout::from_size_align_unchecked(CHUNK, GRANULE))
            };
            if chunk.is_null() {
                return null_mut();
            }
            state.next = chunk;
            state.end = unsafe { chunk.add(CHUNK) };
        }
        let block = state.next;
        state.next = unsafe { block.add(size) };
        block
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(c) = class(layout) else {
            return unsafe { self.backing.dealloc(ptr, layout) };
        };
        let state = unsafe { &mut *self.state.get() };
        unsafe { ptr.cast::<*mut u8>().write(state.free[c]) };
        state.free[c] = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class(layout), class(new)) {
            // The same block fits.
            (Some(a), Some(b)) if a == b => ptr,
            // Both large: the backing allocator may grow the block in place.
            (None, None) => unsafe { self.backing.realloc(ptr, layout, new_size) },
            _ => {
                let moved = unsafe { self.alloc(new) };
                if !moved.is_null() {
                    unsafe {
                        ptr.copy_to_nonoverlapping(moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    /// A block in use: where, its layout, and the byte it was filled with.
    struct Block(*mut u8, Layout, u8);

    fn filled(a: &SizeClasses<System>, size: usize, align: usize, byte: u8) -> Block {
        let layout = Layout::from_size_align(size, align).unwrap();
        let p = unsafe { a.alloc(layout) };
        assert!(!p.is_null());
        assert_eq!(p as usize % align, 0, "aligned to {align}");
        unsafe { p.write_bytes(byte, size) };
        Block(p, layout, byte)
    }

    fn intact(b: &Block) -> bool {
        (0..b.1.size()).all(|i| unsafe { *b.0.add(i) } == b.2)
    }

    #[test]
    fn small_sizes_share_a_class_of_16_bytes_and_large_or_over_aligned_ones_go_through() {
        let l = |size, align| Layout::from_size_align(size, align).unwrap();
        assert_eq!(class(l(1, 1)), Some(0));
        assert_eq!(class(l(16, 8)), Some(0));
        assert_eq!(class(l(17, 8)), Some(1));
        assert_eq!(class(l(1024, 16)), Some(63));
        assert_eq!(class(l(1025, 1)), None);
        assert_eq!(class(l(8, 32)), None);
    }

    #[test]
    fn a_freed_block_is_used_again_for_its_size() {
        let a = SizeClasses::new(System);
        let first = filled(&a, 24, 8, 1);
        unsafe { a.dealloc(first.0, first.1) };
        let again = filled(&a, 30, 4, 2);
        assert_eq!(again.0, first.0, "same class, same block");
        let other = filled(&a, 40, 8, 3);
        assert_ne!(other.0, first.0);
        assert!(intact(&again) && intact(&other));
    }

    #[test]
    fn blocks_never_overlap_through_allocs_frees_and_reallocs() {
        let a = SizeClasses::new(System);
        let mut live: Vec<Block> = Vec::new();
        // A fixed pseudo-random walk (xorshift): sizes up to 3 KB, so that chunks run out
        // and blocks move between small and large.
        let mut seed = 0x2545_f491_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for step in 0..60_000 {
            let r = next();
            let byte = (step % 251) as u8;
            match r % 4 {
                0 | 1 => {
                    let size = 1 + (next() % if r % 8 == 0 { 3000 } else { 200 }) as usize;
                    let align = [1, 2, 4, 8, 16, 32][(next() % 6) as usize];
                    live.push(filled(&a, size, align, byte));
                }
                2 if !live.is_empty() => {
                    let b = live.swap_remove((next() % live.len() as u64) as usize);
                    assert!(intact(&b));
                    unsafe { a.dealloc(b.0, b.1) };
                }
                _ if !live.is_empty() => {
                    let i = (next() % live.len() as u64) as usize;
                    let b = &mut live[i];
                    assert!(intact(b));
                    let size = 1 + (next() % 1500) as usize;
                    let p = unsafe { a.realloc(b.0, b.1, size) };
                    assert!(!p.is_null());
                    let kept = b.1.size().min(size);
                    assert!(
                        (0..kept).all(|k| unsafe { *p.add(k) } == b.2),
                        "realloc keeps the bytes"
                    );
                    let layout = Layout::from_size_align(size, b.1.align()).unwrap();
                    unsafe { p.write_bytes(byte, size) };
                    *b = Block(p, layout, byte);
                }
                _ => {}
            }
        }
        // Every live block still holds its own bytes: none was handed out twice.
        assert!(live.iter().all(intact));
        let mut spans: Vec<(usize, usize)> = live
            .iter()
            .map(|b| (b.0 as usize, b.0 as usize + b.1.size()))
            .collect();
        spans.sort();
        assert!(
            spans.windows(2).all(|w| w[0].1 <= w[1].0),
            "no two blocks overlap"
        );
        for b in live {
            unsafe { a.dealloc(b.0, b.1) };
        }
    }
}
