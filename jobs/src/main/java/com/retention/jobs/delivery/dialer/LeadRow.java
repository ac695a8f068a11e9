package com.retention.jobs.delivery.dialer;

/** One call task as the lead file needs it. */
class LeadRow {
    String taskId;
    String campaign;
    String team;
    String phone;
    String fullName;
    String email;
    String step;
    String localWindow;
    int rank;
}
