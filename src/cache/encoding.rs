//! The cache's encoder: [`postcard`], into a vector written a byte at a time where postcard's writes are short.
//!
//! postcard hands its output one varint at a time (one to five bytes), and its own vector output copies each with
//! a call to `memcpy`: a third of the time spent encoding a document's extraction, which every document of a cold
//! open is. The bytes are the same as `postcard::to_stdvec`'s.

use postcard::ser_flavors::Flavor;
use serde::Serialize;

/// Room for a typical document's extraction (a few kilobytes), so that its vector seldom grows by copying.
pub(crate) const EXTRACTION_ROOM: usize = 4096;

/// `value` in postcard's encoding, in a vector made with `room` bytes (what the encoding is expected to take);
/// `None` if it cannot be encoded.
pub(crate) fn to_bytes<T: Serialize + ?Sized>(value: &T, room: usize) -> Option<Vec<u8>> {
    postcard::serialize_with_flavor(value, Bytes(Vec::with_capacity(room))).ok()
}

/// postcard's output: a vector.
struct Bytes(Vec<u8>);

impl Flavor for Bytes {
    type Output = Vec<u8>;

    #[inline]
    fn try_extend(&mut self, data: &[u8]) -> postcard::Result<()> {
        // (A loop the compiler sees the length of beats a call for the few bytes of a varint.)
        if data.len() <= 8 {
            data.iter().for_each(|&b| self.0.push(b));
        } else {
            self.0.extend_from_slice(data);
        }
        Ok(())
    }

    #[inline]
    fn try_push(&mut self, data: u8) -> postcard::Result<()> {
        self.0.push(data);
        Ok(())
    }

    fn finalize(self) -> postcard::Result<Vec<u8>> {
        Ok(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same bytes as postcard's own vector output, for a document's extraction with entities, mentions and
    /// interactions, and for values of every width and long strings.
    #[test]
    fn bytes_are_postcard_s() {
        let data = crate::pipeline::from_texts([(
            "a.txt",
            "Pakistan accused Afghanistan of sheltering militants. Foreign Minister Ishaq Dar met Amir Khan \
             Muttaqi in Kabul on Monday, and China offered to mediate between the two neighbours.",
        )]);
        let doc = crate::extract::extract_document(&data.corpus.documents[0]);
        assert!(!doc.interactions.is_empty() && !doc.mentions.is_empty());
        assert_eq!(to_bytes(&doc, EXTRACTION_ROOM), postcard::to_stdvec(&doc).ok());
        assert_eq!(to_bytes(&data.extraction, 16), postcard::to_stdvec(&data.extraction).ok());
        let mixed = (u8::MAX, u16::MAX, u32::MAX, u64::MAX, -1i64, 1.5f64, "x".repeat(300), vec![7u32; 50]);
        assert_eq!(to_bytes(&mixed, 0), postcard::to_stdvec(&mixed).ok());
    }
}
