package com.retention.jobs.users;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a row of app_user; the authenticated principal, from which CurrentUser reads. */
final class AppUserDetails implements UserDetails {

    private final AppUser user;
    private final String passwordHash;
    private final boolean locked;
    private final OffsetDateTime lockedUntil;

    AppUserDetails(StoredUser stored) {
        this.user = stored.user();
        this.passwordHash = stored.passwordHash();
        this.locked = stored.locked();
        this.lockedUntil = stored.lockedUntil();
    }

    AppUser user() {
        return user;
    }

    OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.login();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public String toString() {
        return "AppUserDetails[" + user.login() + "]"; // never the hash in a log line
    }
}
