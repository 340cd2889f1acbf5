package party.wtp.client.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The top window's address: its fragment (the route), history entries, and back/forward. */
public final class Address {
    /** Called after back/forward or a fragment typed into the address bar. */
    @JSFunctor
    public interface Changed extends JSObject {
        void changed();
    }

    private Address() {
    }

    /** The fragment without '#', or "" when there is none. */
    @JSBody(script = "var hash = location.hash; return hash.charAt(0) === '#' ? hash.substring(1) : hash;")
    public static native String fragment();

    /** The query part of the address ("?q=word", as a site's search page reads it), or "". */
    @JSBody(script = "return location.search;")
    public static native String query();

    /** A new history entry for another page: this query ("" for none) and fragment (no page load). */
    @JSBody(params = {"fragment", "query"}, script = "history.pushState(null, '', location.pathname + query + '#' + fragment);")
    public static native void push(String fragment, String query);

    /** A new history entry with this fragment (no page load, no hashchange). */
    @JSBody(params = "fragment", script = "history.pushState(null, '', '#' + fragment);")
    public static native void push(String fragment);

    /** Replaces the current history entry's fragment. */
    @JSBody(params = "fragment", script = "history.replaceState(null, '', '#' + fragment);")
    public static native void replace(String fragment);

    /** Listens for {@code popstate} and {@code hashchange}. */
    @JSBody(params = "changed", script = ""
            + "addEventListener('popstate', function () { changed(); });"
            + "addEventListener('hashchange', function () { changed(); });")
    public static native void listen(Changed changed);

    /** An in-page fragment ({@code #TARGET}) as the element id it names: percent-decoded where that is valid. */
    @JSBody(params = "fragment", script = "try { return decodeURIComponent(fragment); } catch (error) { return fragment; }")
    public static native String decodeTarget(String fragment);
}
