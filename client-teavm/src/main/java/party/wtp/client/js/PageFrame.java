package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Where a verified page is shown: a full-window iframe without a {@code src}, so it shares the entry page's origin
 * (unlike {@code blob:} documents in some browsers, or sandboxed {@code srcdoc}), written with
 * {@code document.open/write/close}. Each page gets a fresh frame (made ahead, hidden and unwritten, when there
 * was time: {@link #spare}, and the entry page's own), hence a fresh window: the previous page's
 * timers and listeners die with it, the site's scripts run in document order as the parser meets them, their
 * {@code DOMContentLoaded} and {@code load} fire as usual, and the site's CSS never touches the client's own UI in
 * the top document. The top document keeps the address bar's fragment and title in step.
 */
public final class PageFrame {
    /** A click on a link in the page ({@code href} as written); returns true when the client took it over. */
    @JSFunctor
    public interface FragmentClick extends JSObject {
        boolean clicked(String href);
    }

    /** Called with the page's window after {@code document.open()}, before the page is written into it. */
    @JSFunctor
    public interface Prepare extends JSObject {
        void prepare(JSObject window);
    }

    private PageFrame() {
    }

    /** The pending idle callback that makes a spare frame, or -1. */
    private static int pendingSpare = -1;

    /**
     * Makes the frame the next page will be written into as soon as the browser is idle (while a page's files are
     * on the wire), where the browser has {@code requestIdleCallback}: creating a frame costs several ms that would
     * otherwise fall between the last file's arrival and the page on screen. The spare is hidden and never written
     * before {@link #show} takes it, so the page still gets a fresh window.
     */
    public static void spare() {
        if (pendingSpare < 0) {
            pendingSpare = whenIdle(() -> {
                pendingSpare = -1;
                makeSpare();
            });
        }
    }

    /** Calls {@code tick} when the browser is idle; returns the callback's id, or -1 where browsers cannot. */
    @JSBody(params = "tick", script = ""
            + "return typeof requestIdleCallback === 'function' ? requestIdleCallback(function () { tick(); }) : -1;")
    private static native int whenIdle(Clock.Tick tick);

    @JSBody(params = "id", script = "cancelIdleCallback(id);")
    private static native void cancelIdle(int id);

    /** As the entry page makes its own (entry.html). */
    @JSBody(script = ""
            + "if (document.querySelector('iframe[data-wtp-spare]')) return;"
            + "var frame = document.createElement('iframe');"
            + "frame.setAttribute('data-wtp-spare', '');"
            + "frame.setAttribute('aria-hidden', 'true');"
            + "frame.setAttribute('tabindex', '-1');"
            + "frame.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;border:0;visibility:hidden');"
            + "document.body.appendChild(frame);")
    private static native void makeSpare();

    /** A spare frame not made yet is not made (the page takes a new frame, or none is shown). */
    private static void cancelSpare() {
        if (pendingSpare >= 0) {
            cancelIdle(pendingSpare);
            pendingSpare = -1;
        }
    }

    /** Replaces the shown page by {@code html}; clicks on links go to {@code onClick} first. */
    public static void show(String html, FragmentClick onClick, Prepare prepare) {
        cancelSpare();
        write(html, onClick, prepare);
    }

    @JSBody(params = {"html", "onClick", "prepare"}, script = ""
            + "var old = document.querySelectorAll('iframe[data-wtp-page]');"
            // the spare frame if one was made while the page's files were on the wire, else a new one
            + "var frame = document.querySelector('iframe[data-wtp-spare]');"
            + "if (frame) {"
            + "  frame.removeAttribute('data-wtp-spare'); frame.removeAttribute('aria-hidden');"
            + "  frame.removeAttribute('tabindex');"
            + "} else {"
            + "  frame = document.createElement('iframe');"
            + "}"
            + "frame.setAttribute('data-wtp-page', '');"
            + "frame.setAttribute('style', 'position:fixed;top:0;left:0;width:100%;height:100%;border:0;margin:0;"
            + "padding:0;display:block;background:#fff;z-index:1');"
            + "if (!frame.parentNode) document.body.appendChild(frame);"
            + "for (var index = 0; index < old.length; index++) old[index].parentNode.removeChild(old[index]);"
            + "var page = frame.contentDocument;"
            + "function syncTitle() { document.title = page.title || document.title; }"
            + "page.open(); prepare(frame.contentWindow); page.write(html); page.close();"
            // document.open() drops the document's listeners: listen only after it
            + "page.addEventListener('click', function (event) {"
            + "  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)"
            + "    return;"
            // walks up by hand: Element.closest is missing in old engines (IE 11)
            + "  var link = event.target;"
            + "  while (link && !((link.nodeName === 'A' || link.nodeName === 'AREA') && link.hasAttribute('href')))"
            + "    link = link.parentNode;"
            + "  if (!link || link.nodeType !== 1) return;"
            + "  var target = link.getAttribute('target');"
            + "  if (target && target !== '_self' && target !== '_top' && target !== '_parent') return;"
            + "  var href = link.getAttribute('href');"
            + "  if (onClick(href)) event.preventDefault();"
            + "}, false);"
            + "syncTitle();"
            // once parsed: the title again, then only the head's changes (a script setting document.title); a
            // document being parsed would pay for an observer of the whole page per node
            + "function parsed() {"
            + "  syncTitle();"
            + "  if (typeof MutationObserver === 'function' && page.head)"
            + "    new MutationObserver(syncTitle).observe(page.head, {subtree: true, childList: true, characterData: true});"
            + "}"
            + "if (page.readyState === 'loading') page.addEventListener('DOMContentLoaded', parsed, false); else parsed();"
            // once loaded, the keyboard to the page unless the reader moved it (focus lays the page out at once)
            + "function loaded() {"
            + "  var active = document.activeElement;"
            + "  if (!active || active === document.body || active === frame)"
            + "    try { frame.contentWindow.focus(); } catch (ignored) {}"
            + "}"
            + "if (page.readyState !== 'complete') frame.contentWindow.addEventListener('load', loaded, false); else loaded();")
    private static native void write(String html, FragmentClick onClick, Prepare prepare);

    /**
     * Shows a non-HTML resource (an image, a PDF, a text file) by its {@code blob:} URL, under {@code title}.
     * A {@code data:} URL (old engines, see {@link ObjectUrls}) cannot be a frame's address there: an image is
     * shown in a written page instead, anything else as a plain message.
     */
    public static void showFile(String url, String title) {
        cancelSpare();
        if (!ObjectUrls.isData(url)) {
            showAddress(url, title);
        } else if (url.startsWith("data:image/")) {
            show("<!DOCTYPE html><title>" + escape(title) + "</title><img style=\"max-width:100%\" alt=\"\" src=\"" + url + "\">", href -> false,
                    window -> { });
        } else {
            show("<!DOCTYPE html><title>" + escape(title) + "</title><p style=\"font:16px sans-serif;margin:2em\">This browser is too old to"
                    + " show this file (" + escape(title) + ") here. Open this link in a newer browser to see it.</p>",
                    href -> false, window -> { });
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @JSBody(params = {"url", "title"}, script = ""
            + "var old = document.querySelectorAll('iframe[data-wtp-page]');"
            + "var frame = document.createElement('iframe');"
            + "frame.setAttribute('data-wtp-page', '');"
            + "frame.setAttribute('style', 'position:fixed;top:0;left:0;width:100%;height:100%;border:0;margin:0;"
            + "padding:0;display:block;background:#fff;z-index:1');"
            + "frame.src = url;"
            + "document.body.appendChild(frame);"
            + "for (var index = 0; index < old.length; index++) old[index].parentNode.removeChild(old[index]);"
            + "document.title = title;")
    private static native void showAddress(String url, String title);

    /** Removes whatever page is shown (after a refusal, nothing of it may stay on screen), and a spare frame. */
    public static void clear() {
        cancelSpare();
        removeFrames();
    }

    @JSBody(script = ""
            + "var old = document.querySelectorAll('iframe[data-wtp-page], iframe[data-wtp-spare]');"
            + "for (var index = 0; index < old.length; index++) old[index].parentNode.removeChild(old[index]);")
    private static native void removeFrames();

    /** Scrolls the shown page to the element with this id (or name); false when there is none. */
    @JSBody(params = "target", script = ""
            + "var frame = document.querySelector('iframe[data-wtp-page]');"
            + "var page = frame && frame.contentDocument;"
            + "if (!page) return false;"
            + "var element = page.getElementById(target) || page.getElementsByName(target)[0];"
            + "if (!element) return false;"
            + "element.scrollIntoView();"
            + "return true;")
    public static native boolean scrollTo(String target);

    /** Scrolls the shown page back to its top. */
    @JSBody(script = ""
            + "var frame = document.querySelector('iframe[data-wtp-page]');"
            + "if (frame && frame.contentWindow) frame.contentWindow.scrollTo(0, 0);")
    public static native void scrollToTop();
}
