-- The report's Outages sheet reads every notification of the period's outages, whatever day it went
-- (README "Figures"); without an index that is a scan of the whole notification history each night.
-- Partial: only outage notices carry an outage_id, so the other campaigns' inserts pay nothing.
CREATE INDEX notification_outage_idx ON notification (outage_id) WHERE outage_id IS NOT NULL;
