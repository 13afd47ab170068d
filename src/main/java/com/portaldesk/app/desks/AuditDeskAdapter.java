package com.portaldesk.app.desks;

import com.portaldesk.audit.AuditCsv;
import com.portaldesk.audit.AuditLog;
import com.portaldesk.audit.AuditNames;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.audit.ChainVerification;
import com.portaldesk.audit.CheckpointLog;
import com.portaldesk.contacts.ContactQuery;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.ContactService;
import com.portaldesk.staff.StaffAccount;
import com.portaldesk.staff.StaffAccounts;
import com.portaldesk.ui.staff.AuditDesk;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** AuditDesk on the application's services (the screens see only the interface). */
public final class AuditDeskAdapter {
    private AuditDeskAdapter() {}

    public static AuditDesk of(
            AuditLog audit,
            AuditNames names,
            CheckpointLog checkpoints,
            StaffAccounts accounts,
            ContactService contacts) {
        return new AuditDesk() {
            @Override
            public List<AuditNames.Named> page(AuditQuery query) {
                return names.name(audit.list(query));
            }

            @Override
            public List<StaffAccount> staff() {
                return accounts.list();
            }

            @Override
            public List<ContactRecord> contactsMatching(String text, int limit) {
                return contacts.search(new ContactQuery(text, ContactQuery.Scope.ALL, limit))
                        .rows();
            }

            @Override
            public ChainVerification verify(BiConsumer<Long, Long> progress) {
                // Against every checkpoint this workstation kept: only they prove that no newest events went.
                return audit.verifyChain(progress, checkpoints, List.of());
            }

            @Override
            public int export(AuditQuery query, Path target) {
                return AuditCsv.write(audit, query, target);
            }
        };
    }
}
