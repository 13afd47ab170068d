package com.portaldesk.ui.staff;

import com.portaldesk.delivery.DeliveryResult;
import com.portaldesk.report.ReportPeriod;
import com.portaldesk.report.SafeguardsReports;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the Reports screen needs: make the Safeguards report as the signed-in admin, draw its pages, save it; and
 * the address the audit checkpoint is emailed to each day.
 */
public interface ReportDesk {
    /** Resolution of the preview: a Letter page is 850 by 1,100 pixels. */
    float PREVIEW_DPI = 100;

    SafeguardsReports.Report create(ReportPeriod period);

    List<BufferedImage> pages(SafeguardsReports.Report report);

    void save(SafeguardsReports.Report report, Path file);

    /** Where the audit checkpoint is emailed each day; empty when it is off. */
    Optional<String> checkpointAddress();

    /** Blank turns the daily mail off; refused with a message when it is not an address. */
    void setCheckpointAddress(String address);

    /** Sends a checkpoint to the address now: whether the mail server (or the outbox) accepted it, in words. */
    DeliveryResult sendCheckpointNow();
}
