package com.retention.jobs.calllists.config;

import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.contact.TeamCapacity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the {@code retention.contact/calendar/control-group/teams} keys into the domain's policy config. */
@Configuration(proxyBeanMethods = false)
public class ContactPolicySettings {

    @Bean
    ContactPolicyConfig contactPolicyConfig(ContactProperties contact, CalendarProperties calendar,
                                            ControlGroupProperties controlGroup, TeamsProperties teams) {
        return new ContactPolicyConfig(contact.callWindow(), calendar.calendar(), contact.caps(),
                controlGroup.config(), teams.routing(), contact.complaintCooldownDays());
    }

    @Bean
    TeamCapacity teamCapacity(TeamsProperties teams) {
        return teams.capacity();
    }
}
