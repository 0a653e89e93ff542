//! The memory allocator of the `dossier` binary and its benchmarks: mimalloc, asked the short way.
//!
//! The extractor makes many small, short-lived strings and vectors; mimalloc serves them several times faster
//! than the system allocators (glibc spent ~17% of extraction time in malloc/free). The `mimalloc` crate's own
//! allocator passes every request through mimalloc's aligned entry points, whose extra tests cost about 2% of a
//! cold open; almost every request of ours needs no more than a word's alignment, which mimalloc's plain entry
//! points always give. Only the rare request for more goes the aligned way.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The largest alignment every block of mimalloc's plain entry points has: a machine word (its smallest blocks
/// are one word, and every size class is a whole number of words).
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc, with requests of a word's alignment or less sent to its plain (faster) entry points.
pub struct Allocator;

// SAFETY: every method hands the request to mimalloc, which meets the `GlobalAlloc` contract; blocks from the plain
// entry points are word-aligned, and they serve only layouts whose alignment is at most a word. `mi_free` and
// `mi_realloc_aligned` accept blocks from either kind of entry point.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: see the impl; `ptr` came from this allocator.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl; `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every small size and alignment up to a page come back aligned, hold what was written, and keep
    /// it when they grow.
    #[test]
    fn blocks_are_aligned_and_keep_their_contents_when_they_grow() {
        let a = Allocator;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1usize, 3, 8, 24, 40, 100, 1000, 70_000] {
                let Ok(layout) = Layout::from_size_align(size, align) else { continue };
                // SAFETY: the layout has a non-zero size; the block is written within it, grown with the same
                // alignment and freed once.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null() && (p as usize).is_multiple_of(align), "size {size}, align {align}");
                    std::ptr::write_bytes(p, 0xAB, size);
                    let q = a.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && (q as usize).is_multiple_of(align), "grown: size {size}, align {align}");
                    assert!((0..size).all(|k| *q.add(k) == 0xAB));
                    a.dealloc(q, Layout::from_size_align_unchecked(size * 3, align));
                    let z = a.alloc_zeroed(layout);
                    assert!(!z.is_null() && (z as usize).is_multiple_of(align));
                    assert!((0..size).all(|k| *z.add(k) == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
