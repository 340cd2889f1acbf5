package party.wtp.site;

/**
 * How a page or stylesheet uses what a reference points to. The client treats them differently: it navigates to the first,
 * loads the second into the current page, and resolves the third inside stylesheet text.
 */
public enum Usage {
    /** A link the reader follows to another document: {@code a}, {@code area}, {@code iframe}, {@code frame}, forms,
     *  {@code meta http-equiv=refresh}, and {@code link} relations such as {@code canonical} or {@code alternate}. */
    NAVIGATION,
    /** A resource the page itself loads: images, scripts, stylesheets, icons, media, fonts preloaded by {@code link}… */
    SUBRESOURCE,
    /** A reference inside CSS text ({@code url(…)}, {@code @import}, {@code image-set(…)}), wherever that CSS lives: a
     *  stylesheet file, a {@code <style>} block or a {@code style} attribute. */
    CSS
}
