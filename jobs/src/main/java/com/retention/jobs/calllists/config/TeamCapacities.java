package com.retention.jobs.calllists.config;

import com.retention.domain.contact.TeamCapacity;
import java.time.LocalDate;

/** The calls each list can take on a day: a team on shifts has more crews some days than others. */
@FunctionalInterface
public interface TeamCapacities {

    TeamCapacity on(LocalDate day);
}
