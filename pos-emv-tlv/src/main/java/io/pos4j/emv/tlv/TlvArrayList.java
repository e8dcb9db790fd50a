package io.pos4j.emv.tlv;

import java.util.AbstractList;
import java.util.RandomAccess;

/** An unmodifiable list over an array this package owns (children and top-level objects). */
final class TlvArrayList extends AbstractList<Tlv> implements RandomAccess {

    private final Tlv[] items;
    private final int size;

    TlvArrayList(Tlv[] items) {
        this(items, items.length);
    }

    /** @param items an array nobody else writes from now on; only the first {@code size} count */
    TlvArrayList(Tlv[] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public Tlv get(int index) {
        java.util.Objects.checkIndex(index, size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }
}
