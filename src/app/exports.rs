//! File > Export: the folder on screen in every [`ExportFormat`], and a picture of the window as PNG.
//!
//! Exports write the dataset the views show — the extraction with the workspace's entity edits applied — through
//! [`crate::export::write`]. The save dialog, the rendering and the writing run on a background thread
//! ([`SaveJob`]); the outcome goes to the message bar.
//!
//! [`DossierApp::export`] and [`DossierApp::export_png`] ask for the file; [`DossierApp::export_to`] and
//! [`DossierApp::export_png_to`] write to a file already chosen, without a dialog: the same work minus the
//! dialog, which is how the tests drive an export end to end.

use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::save_job::{Content, SaveJob, SaveRequest};
use super::{DossierApp, Message};
use crate::export::ExportFormat;

/// How long to wait for the window's pixels before giving up on a PNG.
const SCREENSHOT_TIMEOUT: Duration = Duration::from_secs(5);

/// The exports in progress: at most one file being saved, and at most one picture of the window being taken.
#[derive(Default)]
pub struct Exports {
    job: Option<SaveJob>,
    shot: Option<Shot>,
}

/// A picture of the window on its way. `destination` is the file to write, or `None` to ask with a dialog.
struct Shot {
    destination: Option<PathBuf>,
    /// Set once the screenshot was asked for (a frame after the menu item was chosen, so that the menu is gone
    /// from the picture): the pixels arrive here, and when they were asked for.
    requested: Option<(Receiver<Arc<egui::ColorImage>>, Instant)>,
}

impl DossierApp {
    /// Why File > Export cannot run now, for the disabled menu items' tooltip; `None` when it can.
    pub fn export_blocked(&self) -> Option<&'static str> {
        if self.exports.job.is_some() || self.exports.shot.is_some() {
            Some("An export is already in progress")
        } else if self.loaded.is_none() {
            Some("Open a folder first")
        } else if self.job.as_ref().is_some_and(|j| j.applying_edits) {
            Some("Wait until your edits are applied")
        } else if self.job.is_some() {
            Some("Wait until the folder has loaded")
        } else {
            None
        }
    }

    /// Whether an export (its dialog, its writing or a picture of the window) is in progress.
    pub fn is_exporting(&self) -> bool {
        self.exports.job.is_some() || self.exports.shot.is_some()
    }

    /// Asks where to save the folder on screen in `format`, then writes it in the background.
    pub fn export(&mut self, format: ExportFormat) {
        let Some((content, request)) = self.export_content(format) else { return };
        self.exports.job = Some(SaveJob::start(request, content));
    }

    /// Writes the folder on screen in `format` to `path` in the background, without a dialog (what
    /// [`DossierApp::export`] does once a file is chosen).
    pub fn export_to(&mut self, format: ExportFormat, path: PathBuf) {
        let Some((content, _)) = self.export_content(format) else { return };
        self.exports.job = Some(SaveJob::write_to(path, content));
    }

    /// Takes a picture of the window, then asks where to save it as PNG.
    pub fn export_png(&mut self) {
        self.start_shot(None);
    }

    /// Takes a picture of the window and saves it as PNG to `path`, without a dialog.
    pub fn export_png_to(&mut self, path: PathBuf) {
        self.start_shot(Some(path));
    }

    fn start_shot(&mut self, destination: Option<PathBuf>) {
        if self.is_exporting() {
            self.message = Some(Message { text: "An export is already in progress.".into(), error: false });
            return;
        }
        self.exports.shot = Some(Shot { destination, requested: None });
    }

    /// The rendering of `format` for the background thread, and the dialog that asks where it goes; `None` (and
    /// a message saying why) when there is nothing to export yet.
    fn export_content(&mut self, format: ExportFormat) -> Option<(Content, SaveRequest)> {
        if let Some(why) = self.export_blocked() {
            self.message = Some(Message { text: format!("Cannot export now: {}.", why.to_lowercase()), error: false });
            return None;
        }
        let loaded = self.loaded.as_ref()?;
        let data = Arc::clone(&loaded.data);
        let root = loaded.folder.display().to_string();
        let content: Content = Box::new(move || {
            let mut bytes = Vec::new();
            crate::export::write(&data, format, &root, false, &mut bytes)
                .map_err(|e| format!("Could not prepare the export: {e}"))?;
            Ok(bytes)
        });
        let request = SaveRequest {
            title: format!("Export {}", format.label()),
            file_name: format.file_name(&loaded.folder_name()),
            directory: loaded.folder.parent().map(Path::to_path_buf),
            filter: (format.extension().to_uppercase(), vec![format.extension().to_string()]),
        };
        Some((content, request))
    }

    /// Moves the exports along (call every frame): asks for the window's pixels, hands them to a save job, and
    /// reports finished saves in the message bar. Returns whether something is still under way.
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) -> bool {
        if let Some(outcome) = self.exports.job.as_ref().and_then(SaveJob::poll) {
            self.exports.job = None;
            if let Some(m) = outcome.into_message() {
                self.message = Some(m);
            }
        }
        if let Some(shot) = self.exports.shot.take() {
            self.exports.shot = self.advance_shot(shot, ctx);
        }
        self.is_exporting()
    }

    /// One frame of a picture's way: returns the shot while it is still waiting for pixels.
    fn advance_shot(&mut self, mut shot: Shot, ctx: &egui::Context) -> Option<Shot> {
        let Some((pixels, since)) = &shot.requested else {
            let (tx, rx) = mpsc::channel();
            let wake = ctx.clone();
            ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::ScreenshotCallback::new(move |image| {
                // The app may have closed meanwhile; then nobody wants the picture.
                let _ = tx.send(image);
                wake.request_repaint();
            })));
            shot.requested = Some((rx, Instant::now()));
            return Some(shot);
        };
        let image = match pixels.try_recv() {
            Ok(image) => image,
            Err(mpsc::TryRecvError::Empty) if since.elapsed() < SCREENSHOT_TIMEOUT => return Some(shot),
            Err(_) => {
                let text = "Could not take a picture of the window (the graphics driver did not provide one).";
                self.message = Some(Message { text: text.into(), error: true });
                return None;
            }
        };
        let content: Content = Box::new(move || encode_png(&image));
        self.exports.job = Some(match shot.destination {
            Some(path) => SaveJob::write_to(path, content),
            None => {
                let folder = self.loaded.as_ref().map_or_else(|| "dossier".to_string(), |l| l.folder_name());
                let view = self.view.key();
                SaveJob::start(
                    SaveRequest {
                        title: "Save the current view as PNG".into(),
                        file_name: format!("{folder}-{view}.png"),
                        directory: self.loaded.as_ref().and_then(|l| l.folder.parent().map(Path::to_path_buf)),
                        filter: ("PNG image".into(), vec!["png".into()]),
                    },
                    content,
                )
            }
        });
        None
    }
}

/// `image` as an 8-bit RGBA PNG file.
pub fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let (Ok(width), Ok(height)) = (u32::try_from(w), u32::try_from(h)) else {
        return Err("The picture is too large to save.".into());
    };
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_srgba_unmultiplied()).collect();
    let failed = |e: png::EncodingError| format!("Could not encode the picture as PNG: {e}");
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(&rgba).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_picture_as_png_that_decodes_to_the_same_pixels() {
        let colours = [egui::Color32::RED, egui::Color32::from_rgb(10, 200, 30), egui::Color32::WHITE];
        let pixels: Vec<egui::Color32> = (0..12).map(|i| colours[i % 3]).collect();
        let image = egui::ColorImage::new([4, 3], pixels.clone());
        let bytes = encode_png(&image).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height, info.color_type), (4, 3, png::ColorType::Rgba));
        let decoded: Vec<egui::Color32> =
            buf.chunks(4).map(|p| egui::Color32::from_rgba_unmultiplied(p[0], p[1], p[2], p[3])).collect();
        assert_eq!(decoded, pixels);
    }
}
