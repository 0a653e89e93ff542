//! The relation graph for Gephi and other network tools: GEXF 1.3 and GraphML, with node kinds and edge kinds and
//! weights as attributes.

use crate::analysis::relations::Relation;
use crate::extract::Entity;

/// Escapes text for XML attributes and content.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// GEXF 1.3 (Gephi's format): nodes with kind, country and mention counts; edges with kind, weight and document
/// count. Co-occurrence edges are undirected, typed edges directed.
pub fn to_gexf(entities: &[Entity], relations: &[Relation]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n  <meta>\n    \
         <creator>Dossier</creator>\n    <description>Entities and their relations</description>\n  </meta>\n  \
         <graph defaultedgetype=\"undirected\" mode=\"static\">\n    <attributes class=\"node\">\n      \
         <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"country\" title=\"country\" \
         type=\"string\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n      <attribute \
         id=\"documents\" title=\"documents\" type=\"integer\"/>\n    </attributes>\n    <attributes class=\"edge\">\n      \
         <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"documents\" title=\"documents\" \
         type=\"integer\"/>\n    </attributes>\n    <nodes>\n",
    );
    for e in entities {
        s.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n          <attvalue for=\"kind\" value=\"{}\"/>\n          \
             <attvalue for=\"country\" value=\"{}\"/>\n          <attvalue for=\"mentions\" value=\"{}\"/>\n          \
             <attvalue for=\"documents\" value=\"{}\"/>\n        </attvalues>\n      </node>\n",
            e.id,
            xml(&e.name),
            e.kind.as_str(),
            xml(e.code.as_deref().or(e.country.as_deref()).unwrap_or("")),
            e.mentions,
            e.documents
        ));
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (n, r) in relations.iter().enumerate() {
        let ty = if r.directed { "directed" } else { "undirected" };
        s.push_str(&format!(
            "      <edge id=\"r{n}\" source=\"{}\" target=\"{}\" type=\"{ty}\" weight=\"{}\" label=\"{}\">\n        <attvalues>\n          \
             <attvalue for=\"kind\" value=\"{}\"/>\n          <attvalue for=\"documents\" value=\"{}\"/>\n        </attvalues>\n      </edge>\n",
            r.source,
            r.target,
            r.weight,
            r.kind.as_str(),
            r.kind.as_str(),
            r.documents
        ));
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

/// GraphML: the same graph, with `kind`, `country`, `mentions`, `documents` node keys and `kind`, `weight`,
/// `documents` edge keys.
pub fn to_graphml(entities: &[Entity], relations: &[Relation]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  \
         <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n  <key id=\"kind\" for=\"node\" \
         attr.name=\"kind\" attr.type=\"string\"/>\n  <key id=\"country\" for=\"node\" attr.name=\"country\" \
         attr.type=\"string\"/>\n  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n  \
         <key id=\"ndocuments\" for=\"node\" attr.name=\"documents\" attr.type=\"int\"/>\n  <key id=\"ekind\" for=\"edge\" \
         attr.name=\"kind\" attr.type=\"string\"/>\n  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" \
         attr.type=\"double\"/>\n  <key id=\"edocuments\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>\n  \
         <graph id=\"dossier\" edgedefault=\"undirected\">\n",
    );
    for e in entities {
        s.push_str(&format!(
            "    <node id=\"{}\">\n      <data key=\"label\">{}</data>\n      <data key=\"kind\">{}</data>\n      <data \
             key=\"country\">{}</data>\n      <data key=\"mentions\">{}</data>\n      <data key=\"ndocuments\">{}</data>\n    </node>\n",
            e.id,
            xml(&e.name),
            e.kind.as_str(),
            xml(e.code.as_deref().or(e.country.as_deref()).unwrap_or("")),
            e.mentions,
            e.documents
        ));
    }
    for (n, r) in relations.iter().enumerate() {
        s.push_str(&format!(
            "    <edge id=\"r{n}\" source=\"{}\" target=\"{}\" directed=\"{}\">\n      <data key=\"ekind\">{}</data>\n      \
             <data key=\"weight\">{}</data>\n      <data key=\"edocuments\">{}</data>\n    </edge>\n",
            r.source,
            r.target,
            r.directed,
            r.kind.as_str(),
            r.weight,
            r.documents
        ));
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}
