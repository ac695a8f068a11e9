package com.retention.jobs.outages;

/**
 * One outage and one active subscriber it covers (the nearest outage row over their area), with
 * the subscriber's churn band of D and the notice kinds they already got for this outage.
 */
public class CoveredSubscriberRow {

    String outageId;
    String areaCode;
    String kind;
    Long startsAt;
    Long expectedEndAt;
    Long endedAt;
    String subscriberId;
    String segment;
    String band;
    String[] sentKinds;
}
