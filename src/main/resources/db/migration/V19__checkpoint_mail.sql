-- PortalDesk schema, version 19: the audit checkpoint emailed to the firm's admin address each day.
-- One row. address NULL means off. last_sent_on is the office day (ISO yyyy-mm-dd, which sorts as dates do, and
-- which backups carry as text) whose checkpoint went out or is going out: the running staff app that moves it
-- forward first, with one atomic UPDATE, sends that day's mail. retry_after holds the next try after a failure.
CREATE TABLE checkpoint_mail (
    id            INT PRIMARY KEY,
    address       VARCHAR(254),
    last_sent_on  VARCHAR(10),
    retry_after   TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_by    VARCHAR(100)
);

INSERT INTO checkpoint_mail (id) VALUES (1);
