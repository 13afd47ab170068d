package com.portaldesk.app.desks;

import com.portaldesk.audit.Actor;
import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.report.CheckpointMail;
import com.portaldesk.report.ReportPages;
import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import com.portaldesk.ui.staff.ReportDesk;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** ReportDesk on the application's services (the screens see only the interface). */
public final class ReportDeskAdapter {
    private ReportDeskAdapter() {}

    public static ReportDesk of(SafeguardsReports reports, CheckpointMail mail, Supplier<Actor> actor) {
        return new ReportDesk() {
            @Override
            public SafeguardsReports.Report create(ReportPeriod period) {
                return reports.create(period, actor.get());
            }

            @Override
            public List<BufferedImage> pages(SafeguardsReports.Report report) {
                return ReportPages.render(report.pdf(), PREVIEW_DPI);
            }

            @Override
            public void save(SafeguardsReports.Report report, Path file) {
                SafeguardsReports.save(report, file);
            }

            @Override
            public Optional<String> checkpointAddress() {
                return mail.address();
            }

            @Override
            public void setCheckpointAddress(String address) {
                mail.setAddress(address, actor.get());
            }

            @Override
            public DeliveryResult sendCheckpointNow() {
                return mail.sendNow(actor.get());
            }
        };
    }
}
