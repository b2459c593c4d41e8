//! The report's drawings as PNG pictures, for the workbook, which cannot hold SVG: the very SVG
//! the HTML report shows, rasterised with the fonts of this machine.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// Pixels per SVG pixel: twice the screen size, so that the picture prints sharply.
pub const SCALE: f32 = 2.0;
/// The longest side of a picture in pixels; a very large project's drawing is scaled down to
/// it rather than making a picture of hundreds of megabytes.
pub const MAX_SIDE: u32 = 4000;

/// A PNG picture and its size in pixels, and the size it is shown at (the SVG's own, in px).
#[derive(Debug, Clone)]
pub struct Png {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// How many picture pixels make one pixel of the drawing as the HTML report shows it.
    pub scale: f64,
}

/// The machine's fonts, read once per run: reading them takes a noticeable moment.
pub fn system_fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            // The drawings end their font lists with `sans-serif`; where the usual sans-serif
            // family is missing, any font beats text left out.
            let sans = db.query(&fontdb::Query {
                families: &[fontdb::Family::SansSerif],
                ..fontdb::Query::default()
            });
            let any = db
                .faces()
                .find_map(|f| f.families.first().map(|(n, _)| n.clone()));
            if sans.is_none()
                && let Some(name) = any
            {
                db.set_sans_serif_family(name);
            }
            Arc::new(db)
        })
        .clone()
}

/// Rasterises `svg` at [`SCALE`] times its size, at most [`MAX_SIDE`] pixels on a side.
pub fn png(svg: &str, fonts: Arc<fontdb::Database>) -> Result<Png, String> {
    let options = usvg::Options {
        fontdb: fonts,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size();
    let longest = size.width().max(size.height());
    let scale = SCALE.min(MAX_SIDE as f32 / longest);
    let (width, height) = (
        ((size.width() * scale).round() as u32).clamp(1, MAX_SIDE),
        ((size.height() * scale).round() as u32).clamp(1, MAX_SIDE),
    );
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| format!("cannot make a picture of {width}×{height} pixels"))?;
    // White behind the drawing, as on paper: a spreadsheet's grid would show through.
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let bytes = pixmap.encode_png().map_err(|e| e.to_string())?;
    Ok(Png {
        bytes,
        width,
        height,
        scale: f64::from(scale),
    })
}

/// The first character of the drawing's text that no font in `fonts` has, if any: its text
/// would be drawn as empty boxes or left out.
pub fn missing_glyph(svg: &str, fonts: &fontdb::Database) -> Option<char> {
    let doc = usvg::roxmltree::Document::parse(svg).ok()?;
    let mut seen = HashSet::new();
    let chars = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && !c.is_control());
    // Faces that had an earlier character are asked first: a drawing's text mostly comes
    // from one or two fonts, and there may be hundreds.
    let mut useful: Vec<fontdb::ID> = Vec::new();
    for c in chars {
        if !seen.insert(c) || useful.iter().any(|&id| has_char(fonts, id, c)) {
            continue;
        }
        match fonts.faces().find(|f| has_char(fonts, f.id, c)) {
            Some(f) => useful.push(f.id),
            None => return Some(c),
        }
    }
    None
}

fn has_char(fonts: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    use skrifa::MetadataProvider as _;
    fonts
        .with_face_data(id, |data, index| {
            skrifa::FontRef::from_index(data, index)
                .ok()
                .and_then(|f| f.charmap().map(c))
                .is_some()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Width and height from a PNG's header, after checking its signature.
    fn png_size(bytes: &[u8]) -> (u32, u32) {
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&bytes[12..16], b"IHDR");
        let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
        (be(16), be(20))
    }

    fn no_fonts() -> Arc<fontdb::Database> {
        Arc::new(fontdb::Database::new())
    }

    #[test]
    fn a_drawing_becomes_a_png_twice_its_size() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="45" viewBox="0 0 120 45"><rect x="10" y="10" width="50" height="20" fill="#1f5fa8"/></svg>"##;
        let p = png(svg, no_fonts()).unwrap();
        assert_eq!((p.width, p.height), (240, 90));
        assert_eq!(png_size(&p.bytes), (240, 90));
        assert_eq!(p.scale, 2.0);
    }

    #[test]
    fn a_huge_drawing_is_scaled_down_to_the_longest_side() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="1000" viewBox="0 0 5000 1000"><rect width="10" height="10"/></svg>"##;
        let p = png(svg, no_fonts()).unwrap();
        assert_eq!((p.width, p.height), (MAX_SIDE, 800));
        assert_eq!(png_size(&p.bytes), (MAX_SIDE, 800));
        assert!((p.scale - 0.8).abs() < 1e-6);
    }

    #[test]
    fn without_fonts_the_first_character_is_missing() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="9">质量 屋</text></svg>"#;
        assert_eq!(missing_glyph(svg, &fontdb::Database::new()), Some('质'));
        let no_text = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        assert_eq!(missing_glyph(no_text, &fontdb::Database::new()), None);
        // Rendering goes on: the picture is made, its text left out.
        assert!(png(svg, no_fonts()).is_ok());
    }
}
