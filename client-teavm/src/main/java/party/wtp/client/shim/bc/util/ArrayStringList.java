package party.wtp.client.shim.bc.util;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.util.StringList;

/** The {@link StringList} that the slim {@link Strings#newList()} hands out (public: after substitution it lives in another package). */
public final class ArrayStringList implements StringList {
    private final List<String> strings = new ArrayList<>();

    @Override
    public boolean add(String s) {
        return strings.add(s);
    }

    @Override
    public String get(int index) {
        return strings.get(index);
    }

    @Override
    public int size() {
        return strings.size();
    }

    @Override
    public String[] toStringArray() {
        return strings.toArray(new String[0]);
    }

    @Override
    public String[] toStringArray(int from, int to) {
        return strings.subList(from, to).toArray(new String[0]);
    }

    @Override
    public Iterator<String> iterator() {
        return strings.iterator();
    }
}
