//! Tag names and `--explain` paths of the blocks' elements, in one table
//! per page that its blocks share: a path is only read for `--explain`, so
//! no block carries strings of its own, and the DOM can go before the
//! blocks' evidence is worked out.

use std::fmt;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::dom::{Dom, NONE};

/// Elements shown in a block's `--explain` path.
pub(crate) const PATH_ELEMENTS: usize = 5;

/// A block's element in its page's [`NameTable`].
#[derive(Clone, Default)]
pub struct ElementName {
    table: Option<Arc<NameTable>>,
    record: u32,
}

impl ElementName {
    pub(crate) fn new(table: &Arc<NameTable>, record: u32) -> Self {
        ElementName {
            table: Some(Arc::clone(table)),
            record,
        }
    }

    /// The element's tag name.
    pub fn tag(&self) -> &str {
        self.table
            .as_ref()
            .and_then(|t| t.label(self.record))
            .map_or("", |(text, name_len)| &text[..name_len])
    }

    /// The element's record and its ancestors', innermost first: two
    /// elements of one page share an ancestor when both lineages hold it.
    pub(crate) fn lineage(&self) -> impl Iterator<Item = u32> + '_ {
        let parents = self.table.as_ref().map_or(&[][..], |t| &t.parents[..]);
        let first = Some(self.record).filter(|&r| (r as usize) < parents.len());
        std::iter::successors(first, move |&r| {
            parents.get(r as usize).copied().filter(|&up| up != NONE)
        })
    }

    /// Whether the element is `ancestor` (a record of the same page's
    /// table) or lies inside it.
    pub(crate) fn is_within(&self, ancestor: u32) -> bool {
        self.lineage().any(|r| r == ancestor)
    }

    /// `body>div#main.article>p`: the element and up to four ancestors,
    /// each with its id and first class.
    pub fn path(&self) -> String {
        let mut out = String::new();
        let Some(table) = &self.table else {
            return out;
        };
        let mut chain = [NONE; PATH_ELEMENTS];
        let mut count = 0;
        let mut r = self.record;
        while r != NONE && count < chain.len() {
            chain[count] = r;
            count += 1;
            r = table.parents[r as usize];
        }
        if r != NONE {
            out.push_str("…>");
        }
        for (i, &r) in chain[..count].iter().rev().enumerate() {
            if i > 0 {
                out.push('>');
            }
            if let Some((text, _)) = table.label(r) {
                out.push_str(text);
            }
        }
        out
    }
}

impl fmt::Debug for ElementName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.path())
    }
}

/// Per record of the walk (every element entered): its parent, and the
/// label of those that some block's path shows.
pub(crate) struct NameTable {
    parents: Vec<u32>,
    /// Index in `labels`, or [`NONE`].
    label_of: Vec<u32>,
    /// Labels such as `div#main.article`: where each ends in `text`, and
    /// the length of its tag name.
    labels: Vec<(u32, u32)>,
    text: String,
}

impl NameTable {
    /// A record's label and the length of its tag name.
    pub(super) fn label(&self, record: u32) -> Option<(&str, usize)> {
        let l = *self.label_of.get(record as usize)?;
        if l == NONE {
            return None;
        }
        let start = match l {
            0 => 0,
            _ => self.labels[l as usize - 1].0 as usize,
        };
        let (end, name_len) = self.labels[l as usize];
        Some((&self.text[start..end as usize], name_len as usize))
    }

    /// Labels the records that `owners` (the blocks' owners) show in their
    /// paths; `records` gives each record's parent and DOM node.
    pub(crate) fn build(
        dom: &Dom,
        records: impl ExactSizeIterator<Item = (u32, u32)>,
        owners: impl Iterator<Item = u32>,
    ) -> NameTable {
        let mut parents = Vec::with_capacity(records.len());
        let mut nodes = Vec::with_capacity(records.len());
        for (parent, node) in records {
            parents.push(parent);
            nodes.push(node);
        }
        let mut label_of = vec![NONE; parents.len()];
        let mut labels = Vec::new();
        let mut all = String::new();
        // Labels without an id recur (`div.row`, `p`); those with one seldom do.
        let mut shared: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut label = String::new();
        let mut last_owner = NONE;
        for owner in owners {
            // Blocks of one element come in a row.
            if owner == last_owner {
                continue;
            }
            last_owner = owner;
            let mut r = owner;
            for _ in 0..PATH_ELEMENTS {
                if r == NONE {
                    break;
                }
                if label_of[r as usize] == NONE {
                    let element = dom
                        .element(nodes[r as usize])
                        .expect("records are elements");
                    label.clear();
                    label.push_str(&element.local);
                    let id = element.attr("id").map(str::trim).filter(|s| !s.is_empty());
                    if let Some(id) = id {
                        label.push('#');
                        label.push_str(id);
                    }
                    if let Some(class) = element
                        .attr("class")
                        .and_then(|c| c.split_ascii_whitespace().next())
                    {
                        label.push('.');
                        label.push_str(class);
                    }
                    let known = if id.is_none() {
                        shared.get(label.as_str()).copied()
                    } else {
                        None
                    };
                    label_of[r as usize] = known.unwrap_or_else(|| {
                        let l = labels.len() as u32;
                        all.push_str(&label);
                        labels.push((all.len() as u32, element.local.len() as u32));
                        if id.is_none() {
                            shared.insert(label.as_str().into(), l);
                        }
                        l
                    });
                }
                r = parents[r as usize];
            }
        }
        NameTable {
            parents,
            label_of,
            labels,
            text: all,
        }
    }
}
