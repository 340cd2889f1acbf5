package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * What a page's own scripts do at run time, taken over before any of them runs: {@code fetch} and asynchronous
 * {@code XMLHttpRequest}s (a site file is asked for only when the script sends, then read from the verified file's
 * {@code blob:} URL; a synchronous one cannot wait for verification and fails), the {@code src} or
 * {@code href} a script gives a script, image, style sheet, frame or media element, also inside HTML it sets with
 * {@code innerHTML} or {@code insertAdjacentHTML} (parsed first in an inert {@code template}, where nothing loads,
 * the site's URLs taken out, the rest inserted as written), and form submissions. A URL
 * of the site is handed to the client, which answers later with a {@code blob:} URL of the verified file (or
 * none); anything else goes out as the page asked.
 */
public final class PageHooks {
    /** Takes over a URL the page asks for; false when it is not the site's, {@code then} later gets the URL or null. */
    @JSFunctor
    public interface Load extends JSObject {
        boolean load(String url, Loaded then);
    }

    /** A verified file's {@code blob:} URL, or null when it could not be had. */
    @JSFunctor
    public interface Loaded extends JSObject {
        void loaded(String url);
    }

    /** A form sent to {@code action} (the attribute as written) with {@code query} ("?a=b", or "" for POST). */
    @JSFunctor
    public interface Submit extends JSObject {
        boolean submitted(String action, String query);
    }

    private PageHooks() {
    }

    /** Installs the hooks in a page frame's window, after {@code document.open()} and before the page is written. */
    // TeaVM copies this script as written but renames its parameters to one letter: locals have two or more
    @JSBody(params = {"w", "load", "submit"}, script = ""
            + "var win = w, ld = load, sb = submit, rf = win.fetch, st = {}, ep = win.Element.prototype, sa = ep.setAttribute;"
            + "win.fetch = function (req, opt) {"
            + "  var url = typeof req == 'string' || req instanceof win.URL ? '' + req : req.url;"
            + "  return new win.Promise(function (ok, no) {"
            + "    if (!ld(url, function (blob) { blob ? ok(rf.call(win, blob)) : no(new win.TypeError('refused: ' + url)); }))"
            + "      ok(rf.call(win, req, opt));"
            + "  });"
            + "};"
            + "'Script src Image src Link href IFrame src Source src Media src Video poster'.replace(/(\\w+) (\\w+)/g,"
            + " function (all, type, name) {"
            + "  var pt = (win['HTML' + type + 'Element'] || {}).prototype, real = pt && Object.getOwnPropertyDescriptor(pt, name);"
            + "  if (real) st[name] = Object.defineProperty(pt, name, {configurable: true, get: real.get, set: function (val) {"
            + "    var el = this;"
            + "    if (val === '' || !ld('' + val, function (blob) { real.set.call(el, blob || 'about:invalid#wtp-refused'); }))"
            + "      real.set.call(el, val);"
            + "  }});"
            + "});"
            + "var xp = win.XMLHttpRequest.prototype, xo = xp.open, xs = xp.send;"
            + "xp.open = function (method, url, async) {"
            + "  var xhr = this, got = xhr.__wtp = {sent: null};"
            + "  got.mine = ld('' + url, function (blob) {"
            + "    got.url = blob || 'about:invalid#wtp-refused';"
            + "    if (got.sent) { xo.call(xhr, 'GET', got.url, true); xs.apply(xhr, got.sent); }"
            + "  });"
            + "  if (got.mine && async === false) { got.mine = false; return xo.call(xhr, method, 'about:invalid#wtp-sync', false); }"
            + "  return xo.apply(xhr, arguments);"
            + "};"
            + "xp.send = function () {"
            + "  var got = this.__wtp;"
            + "  if (!got || !got.mine) return xs.apply(this, arguments);"
            + "  if (got.url) { xo.call(this, 'GET', got.url, true); return xs.apply(this, arguments); }"
            + "  got.sent = arguments;"
            + "};"
            + "ep.setAttribute = function (name, val) {"
            + "  var low = ('' + name).toLowerCase();"
            + "  st[low] && low in this && this instanceof win.HTMLElement && !/^a(rea)?$/.test(this.localName) ? this[low] = val"
            + "      : sa.call(this, name, val);"
            + "};"
            + "var ih = Object.getOwnPropertyDescriptor(ep, 'innerHTML'), ah = ep.insertAdjacentHTML,"
            + "    tp = win.document.createElement('template'), refs = /(src|href|poster)\\s*=/i,"
            + "    rawText = /^(script|style|textarea|title|xmp|noscript|noembed|noframes|plaintext|iframe)$/;"
            + "function claim(el, name) {"
            + "  var val = el.getAttribute(name);"
            + "  if (val === null || val === '' || !st[name] || !(name in el) || !(el instanceof win.HTMLElement)"
            + "      || /^a(rea)?$/.test(el.localName)) return;"
            + "  el.removeAttribute(name);"
            + "  if (!ld(val, function (blob) { sa.call(el, name, blob || 'about:invalid#wtp-refused'); })) sa.call(el, name, val);"
            + "}"
            + "function parsed(host, html) {"
            + "  if (!refs.test(html) || !(host instanceof win.HTMLElement) || rawText.test(host.localName)) return null;"
            + "  var t = win.document.createElement('template'), all, i;"
            + "  ih.set.call(t, html);"
            + "  all = t.content.querySelectorAll('[src],[href],[poster]');"
            + "  for (i = 0; i < all.length; i++) {"
            + "    claim(all[i], 'src');"
            + "    claim(all[i], 'href');"
            + "    claim(all[i], 'poster');"
            + "  }"
            + "  return t.content;"
            + "}"
            + "if (ih && ih.set && 'content' in tp) {"
            + "  Object.defineProperty(ep, 'innerHTML', {configurable: true, get: ih.get, set: function (html) {"
            + "    var frag = parsed(this, '' + html);"
            + "    if (!frag) return ih.set.call(this, html);"
            + "    ih.set.call(this, '');"
            + "    (this.localName == 'template' ? this.content : this).appendChild(frag);"
            + "  }});"
            + "  ep.insertAdjacentHTML = function (where, html) {"
            + "    var at = ('' + where).toLowerCase(), outside = at == 'beforebegin' || at == 'afterend',"
            + "        frag = /^(before|after)(begin|end)$/.test(at) && (!outside || this.parentNode)"
            + "            && parsed(outside ? this.parentNode : this, '' + html);"
            + "    if (!frag) return ah.apply(this, arguments);"
            + "    if (at == 'beforebegin') this.parentNode.insertBefore(frag, this);"
            + "    else if (at == 'afterbegin') this.insertBefore(frag, this.firstChild);"
            + "    else if (at == 'beforeend') this.appendChild(frag);"
            + "    else this.parentNode.insertBefore(frag, this.nextSibling);"
            + "  };"
            + "}"
            + "win.document.addEventListener('submit', function (ev) {"
            + "  var fm = ev.target, get = !/post/i.test(fm.getAttribute('method'));"
            + "  if (!ev.defaultPrevented && (fm.getAttribute('target') || '_self') == '_self' && sb(fm.getAttribute('action')"
            + "      || '', get ? '?' + new win.URLSearchParams(new win.FormData(fm)) : '')) ev.preventDefault();"
            + "});")
    public static native void install(JSObject win, Load load, Submit submit);
}
