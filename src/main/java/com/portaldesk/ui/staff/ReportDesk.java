package com.portaldesk.ui.staff;

import com.portaldesk.audit.Actor;
import com.portaldesk.report.ReportPages;
import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What the Reports screen needs: make the Safeguards report as the signed-in admin, draw its pages, save it. */
public interface ReportDesk {
    /** Resolution of the preview: a Letter page is 850 by 1,100 pixels. */
    float PREVIEW_DPI = 100;

    SafeguardsReports.Report create(ReportPeriod period);

    List<BufferedImage> pages(SafeguardsReports.Report report);

    void save(SafeguardsReports.Report report, Path file);

    static ReportDesk of(SafeguardsReports reports, Supplier<Actor> actor) {
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
        };
    }
}
