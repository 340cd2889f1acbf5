/**
 * Metadata scrubbing: removes author, location, camera and software traces from the images and PDFs of a site
 * before they are published, without re-encoding any pixels.
 *
 * <p>{@link party.wtp.scrub.Scrubber} is the one entry point; it picks the format by content (magic bytes), not by
 * file name. JPEG, PNG, GIF and WebP are handled by small structure filters that plan which byte ranges to keep and
 * then copy them, so the file is never held in memory; PDF goes through PDFBox. A file whose structure cannot be
 * parsed is copied unchanged and the {@link party.wtp.scrub.Scrub} result carries a warning, so one corrupt image
 * on a real site does not stop a build.
 */
package party.wtp.scrub;
