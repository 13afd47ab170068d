package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.checkin.CheckInRecord;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** What the check-ins screen needs, and nothing more: today's check-ins, and marking one seen. */
public interface CheckInDesk {
    List<CheckInRecord> today(ZoneId zone);

    /** False when someone else marked it seen first. */
    boolean markSeen(UUID checkInId, Actor actor);
}
