//! The cache's resolved section: a folder's merged extraction, in parts that decode in parallel. The mentions
//! are most of it (a dozen million at 100,000 documents), so they are split by documents.
//!
//! Layout: the number of parts (4 bytes, little-endian), then each part as its length (8 bytes) and a
//! [`postcard`] encoding: the documents' relative paths, the entities, the reference dates, the interactions, the
//! links, then the mentions of [`MENTION_PART_DOCS`] documents at a time.

use rayon::prelude::*;
use serde::Serialize;
use std::io::{Seek, SeekFrom, Write};
use std::ops::Range;

use crate::extract::{Entity, Extraction, Interaction, Mention, TypedLink};

/// Documents whose mentions make one part.
const MENTION_PART_DOCS: usize = 8192;

/// The parts before the mentions (see [`write`]).
const FIXED_PARTS: usize = 5;

/// Writes the section's blob for `extraction`, whose documents' relative paths are `paths`. Each part is encoded
/// on the worker threads, a few thousand items at a time, and written in order: the section is the last step of
/// a cold open (encoding it on one thread took a second at 100,000 documents), and only a few such pieces are in
/// memory at once, never a whole part.
pub(super) fn write(out: &mut (impl Write + Seek), extraction: &Extraction, paths: &[&str]) -> std::io::Result<()> {
    let mention_parts = extraction.mentions.len().div_ceil(MENTION_PART_DOCS);
    let count = u32::try_from(FIXED_PARTS + mention_parts).map_err(std::io::Error::other)?;
    out.write_all(&count.to_le_bytes())?;
    part(out, paths)?;
    part(out, &extraction.entities)?;
    part(out, &extraction.reference_dates)?;
    part(out, &extraction.interactions)?;
    part(out, &extraction.links)?;
    for mentions in extraction.mentions.chunks(MENTION_PART_DOCS) {
        part(out, mentions)?;
    }
    Ok(())
}

/// Items encoded together on one thread (a few hundred kilobytes of the largest parts).
const PIECE_ITEMS: usize = 2048;

/// Writes one part, the list `items`: a placeholder for its length, its encoding, then the length in the
/// placeholder. The encoding is postcard's for the list — its length as a varint, then each item's encoding —
/// made a piece at a time in parallel (the pieces are the items' encodings, one after the other).
fn part<T: Serialize + Sync>(out: &mut (impl Write + Seek), items: &[T]) -> std::io::Result<()> {
    let unencodable = || std::io::Error::other("the resolved extraction cannot be encoded");
    let at = out.stream_position()?;
    out.write_all(&0u64.to_le_bytes())?;
    out.write_all(&super::encoding::to_bytes(&items.len(), 16).ok_or_else(unencodable)?)?;
    let batch = PIECE_ITEMS * 2 * rayon::current_num_threads().max(1);
    for items in items.chunks(batch) {
        let pieces: Vec<Option<Vec<u8>>> =
            items.par_chunks(PIECE_ITEMS).map(|piece| super::encoding::to_bytes(&Pieces(piece), 1 << 16)).collect();
        for piece in pieces {
            out.write_all(&piece.ok_or_else(unencodable)?)?;
        }
    }
    let end = out.stream_position()?;
    out.seek(SeekFrom::Start(at))?;
    out.write_all(&(end - at - 8).to_le_bytes())?;
    out.seek(SeekFrom::Start(end))?;
    Ok(())
}

/// Items that serialise one after the other, without a length: a tuple, in postcard's encoding.
struct Pieces<'a, T>(&'a [T]);

impl<T: Serialize> Serialize for Pieces<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut tuple = serializer.serialize_tuple(self.0.len())?;
        for item in self.0 {
            tuple.serialize_element(item)?;
        }
        tuple.end()
    }
}

/// Reads a range of the cache file's bytes (`None` past its end or on a read error).
type Fetch<'a> = dyn Fn(Range<usize>) -> Option<Vec<u8>> + Sync + 'a;

/// The relative paths and the extraction in a section's blob held in memory (see [`read_from`]).
#[cfg(test)]
pub(super) fn read(bytes: &[u8]) -> Option<(Vec<String>, Extraction)> {
    read_from(0..bytes.len(), &|range| bytes.get(range).map(<[u8]>::to_vec))
}

/// The relative paths and the extraction in the section at `section`, whose bytes `fetch` reads (a range at a
/// time); `None` if anything in it is damaged. Each part is read only when it is decoded (the parts in
/// parallel), so the section's bytes are never all in memory beside what is decoded from them (0.2 GB at
/// 100,000 documents).
pub(super) fn read_from(section: Range<usize>, fetch: &Fetch) -> Option<(Vec<String>, Extraction)> {
    let number = |at: usize, len: usize| -> Option<u64> {
        let bytes = fetch(at..at.checked_add(len)?)?;
        let mut le = [0u8; 8];
        le.get_mut(..len)?.copy_from_slice(bytes.get(..len)?);
        Some(u64::from_le_bytes(le))
    };
    let count = usize::try_from(number(section.start, 4)?).ok()?;
    let mut parts = Vec::with_capacity(count.min(1 << 20));
    let mut at = section.start.checked_add(4)?;
    for _ in 0..count {
        let start = at.checked_add(8).filter(|&s| s <= section.end)?;
        let end = start.checked_add(usize::try_from(number(at, 8)?).ok()?).filter(|&e| e <= section.end)?;
        parts.push(start..end);
        at = end;
    }
    if at != section.end || parts.len() < FIXED_PARTS {
        return None;
    }
    /// Part `range`, read and decoded.
    fn decode<T: serde::de::DeserializeOwned>(fetch: &Fetch, range: &Range<usize>) -> Option<T> {
        postcard::from_bytes(&fetch(range.clone())?).ok()
    }
    let mention_parts = &parts[FIXED_PARTS..];
    let ((paths, entities), ((reference_dates, interactions), (links, mentions))) = rayon::join(
        || rayon::join(|| decode::<Vec<String>>(fetch, &parts[0]), || decode::<Vec<Entity>>(fetch, &parts[1])),
        || {
            rayon::join(
                || rayon::join(|| decode(fetch, &parts[2]), || decode::<Vec<Interaction>>(fetch, &parts[3])),
                || {
                    rayon::join(
                        || decode::<Vec<TypedLink>>(fetch, &parts[4]),
                        || {
                            mention_parts
                                .par_iter()
                                .map(|p| decode::<Vec<Vec<Mention>>>(fetch, p))
                                .collect::<Option<Vec<_>>>()
                        },
                    )
                },
            )
        },
    );
    let extraction = Extraction {
        entities: entities?,
        mentions: mentions?.into_iter().flatten().collect(),
        reference_dates: reference_dates?,
        interactions: interactions?,
        links: links?,
    };
    Some((paths?, extraction))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::DocId;
    use crate::extract::{EntityId, MentionForm};

    /// More documents than one mention part holds, with mentions on both sides of the boundary.
    fn extraction() -> Extraction {
        let mut mentions = vec![Vec::new(); MENTION_PART_DOCS + 10];
        for doc in [0, MENTION_PART_DOCS - 1, MENTION_PART_DOCS, MENTION_PART_DOCS + 9] {
            let m = Mention {
                doc: DocId(doc as u32),
                entity: EntityId(0),
                start: 3,
                end: 9,
                sentence: 1,
                form: MentionForm::Name,
            };
            mentions[doc].push(m);
        }
        Extraction { mentions, reference_dates: vec![None; MENTION_PART_DOCS + 10], ..Extraction::default() }
    }

    fn written(x: &Extraction, paths: &[&str]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        write(&mut out, x, paths).expect("writes to memory");
        out.into_inner()
    }

    #[test]
    fn reads_back_what_it_wrote_across_mention_parts() {
        let x = extraction();
        let paths = ["a.txt", "b/c.md"];
        let (read_paths, back) = read(&written(&x, &paths)).expect("reads");
        assert_eq!(read_paths, paths);
        let json = |x: &Extraction| serde_json::to_string(x).expect("serialises");
        assert_eq!(json(&back), json(&x));
    }

    /// Encoded a piece at a time in parallel, each part is still postcard's encoding of the whole list.
    #[test]
    fn parts_are_postcard_s_encoding_of_each_list() {
        let x = extraction();
        let paths = ["a.txt", "b/c.md"];
        // Five lists and two parts of mentions.
        let mut expected = 7u32.to_le_bytes().to_vec();
        let mut add = |bytes: Vec<u8>| {
            expected.extend((bytes.len() as u64).to_le_bytes());
            expected.extend(bytes);
        };
        add(postcard::to_stdvec(&paths[..]).expect("encodes"));
        add(postcard::to_stdvec(&x.entities).expect("encodes"));
        add(postcard::to_stdvec(&x.reference_dates).expect("encodes"));
        add(postcard::to_stdvec(&x.interactions).expect("encodes"));
        add(postcard::to_stdvec(&x.links).expect("encodes"));
        for mentions in x.mentions.chunks(MENTION_PART_DOCS) {
            add(postcard::to_stdvec(mentions).expect("encodes"));
        }
        assert_eq!(written(&x, &paths), expected);
    }

    #[test]
    fn damaged_bytes_read_as_nothing() {
        let bytes = written(&extraction(), &["a.txt"]);
        assert!(read(&bytes[..bytes.len() - 1]).is_none(), "cut short");
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(&longer).is_none(), "bytes after the last part");
        let mut more_parts = bytes.clone();
        more_parts[0] += 1;
        assert!(read(&more_parts).is_none(), "a part announced but missing");
        assert!(read(&[]).is_none() && read(&[0, 0, 0, 0]).is_none(), "empty, or no parts");
    }
}
