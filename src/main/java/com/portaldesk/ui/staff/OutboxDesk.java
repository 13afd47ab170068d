package com.portaldesk.ui.staff;

import com.portaldesk.delivery.OutboxEntry;
import java.util.List;

/** What the Outbox tab shows: the newest messages the demonstration outbox kept instead of sending. */
public interface OutboxDesk {
    List<OutboxEntry> newest(int howMany);
}
