package party.wtp.site;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an HTML attribute holds, if it holds references: one URL, a {@code srcset}, CSS declarations, or a refresh
 * instruction; and how the page uses what they point to.
 *
 * @param syntax how to find the references in the value
 * @param usage how the page uses their targets
 */
record AttributeRole(Syntax syntax, Usage usage) {

    enum Syntax { URL, SRCSET, CSS, REFRESH }

    private static final AttributeRole NAVIGATION = new AttributeRole(Syntax.URL, Usage.NAVIGATION);
    private static final AttributeRole SUBRESOURCE = new AttributeRole(Syntax.URL, Usage.SUBRESOURCE);
    private static final AttributeRole SRCSET = new AttributeRole(Syntax.SRCSET, Usage.SUBRESOURCE);
    private static final AttributeRole STYLE = new AttributeRole(Syntax.CSS, Usage.CSS);
    private static final AttributeRole REFRESH = new AttributeRole(Syntax.REFRESH, Usage.NAVIGATION);

    /**
     * {@code link} relations whose target the page loads (all others are documents the reader may go to, such as
     * {@code prefetch} and {@code prerender}: hints for a next page, which the client neither fetches nor needs in
     * the page's closure).
     */
    private static final Set<String> LOADED_RELATIONS = Set.of("stylesheet", "icon", "apple-touch-icon",
            "apple-touch-icon-precomposed", "mask-icon", "manifest", "preload", "modulepreload", "fluid-icon");

    private static final Set<String> BACKGROUND_ELEMENTS = Set.of("body", "table", "thead", "tbody", "tfoot", "tr",
            "td", "th");

    /** The role of attribute {@code key} on {@code element}, or null if it holds no reference. */
    static AttributeRole of(Element element, String key) {
        String tag = element.normalName();
        return switch (key) {
            case "style" -> STYLE;
            case "href", "xlink:href" -> switch (tag) {
                case "a", "area" -> NAVIGATION;
                case "link" -> key.equals("href") ? linkRole(element) : null;
                case "image", "use", "feimage" -> SUBRESOURCE;
                default -> null;
            };
            case "src" -> switch (tag) {
                case "img", "script", "source", "video", "audio", "track", "embed" -> SUBRESOURCE;
                case "iframe", "frame" -> NAVIGATION;
                case "input" -> element.attr("type").equalsIgnoreCase("image") ? SUBRESOURCE : null;
                default -> null;
            };
            case "srcset" -> tag.equals("img") || tag.equals("source") ? SRCSET : null;
            case "imagesrcset" -> tag.equals("link") ? SRCSET : null;
            case "poster" -> tag.equals("video") ? SUBRESOURCE : null;
            case "data" -> tag.equals("object") ? SUBRESOURCE : null;
            case "action" -> tag.equals("form") ? NAVIGATION : null;
            case "formaction" -> tag.equals("button") || tag.equals("input") ? NAVIGATION : null;
            case "background" -> BACKGROUND_ELEMENTS.contains(tag) ? SUBRESOURCE : null;
            case "content" -> tag.equals("meta") && element.attr("http-equiv").strip().equalsIgnoreCase("refresh")
                    ? REFRESH : null;
            default -> null;
        };
    }

    private static AttributeRole linkRole(Element link) {
        for (String relation : link.attr("rel").toLowerCase(Locale.ROOT).split("[ \t\n\f\r]+")) {
            if (LOADED_RELATIONS.contains(relation)) {
                return SUBRESOURCE;
            }
        }
        return NAVIGATION;
    }
}
