package party.wtp.scrub;

/**
 * One piece of metadata taken out of a file: what it was (e.g. {@code "EXIF"}, {@code "tEXt"}, {@code "document info"})
 * and how many bytes of the original it occupied (0 when the size is not meaningful, as for PDF objects).
 */
public record Removal(String what, long bytes) {
}
