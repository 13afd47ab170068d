package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.checkin.CheckInRecord;
import com.portaldesk.checkin.CheckInService;
import com.portaldesk.ui.staff.CheckInDesk;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** CheckInDesk on the application's services (the screens see only the interface). */
public final class CheckInDeskAdapter {
    private CheckInDeskAdapter() {}

    public static CheckInDesk of(CheckInService service) {
        return new CheckInDesk() {
            @Override
            public List<CheckInRecord> today(ZoneId zone) {
                return service.today(zone);
            }

            @Override
            public boolean markSeen(UUID checkInId, Actor actor) {
                return service.markSeen(checkInId, actor);
            }
        };
    }
}
