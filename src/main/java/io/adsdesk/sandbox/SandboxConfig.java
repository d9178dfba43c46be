package io.adsdesk.sandbox;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a sandbox: where to listen, which account to generate, the credentials it accepts,
 * the clock that defines the Pacific "today", and the initial knobs. Change fields with the
 * {@code with*} methods: {@code SandboxConfig.defaults().withPrograms(100_000).withSeed(7)}.
 *
 * @param port 0 for an ephemeral port
 * @param seed the account (IDs, data) and the fault draws are a function of it
 */
public record SandboxConfig(
        int port,
        long seed,
        int programs,
        int businesses,
        String username,
        String password,
        Clock clock,
        SandboxKnobs.Settings knobs) {

    public static final String DEFAULT_USERNAME = "demo";
    public static final String DEFAULT_PASSWORD = "demo-password";

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (programs < 0 || businesses < 1) {
            throw new IllegalArgumentException("need programs >= 0 and businesses >= 1");
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(knobs, "knobs");
    }

    /** Ephemeral port, seed 1, 2,000 programs over 40 businesses, demo credentials, system clock, no faults. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, 1, 2000, 40, DEFAULT_USERNAME, DEFAULT_PASSWORD, Clock.systemUTC(),
                SandboxKnobs.Settings.defaults());
    }

    /**
     * The built-in demo account: the defaults plus 100 ms latency, so a sync looks like a real one,
     * and 3 s jobs, so a write shows "processing" before its receipt (real ones take 20–40 s).
     */
    public static SandboxConfig demo() {
        return defaults().withLatencyMs(100).withJobDelayMs(3000);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(newPort, seed, programs, businesses, username, password, clock, knobs);
    }

    public SandboxConfig withSeed(long newSeed) {
        return new SandboxConfig(port, newSeed, programs, businesses, username, password, clock, knobs);
    }

    public SandboxConfig withPrograms(int count) {
        return new SandboxConfig(port, seed, count, businesses, username, password, clock, knobs);
    }

    public SandboxConfig withBusinesses(int count) {
        return new SandboxConfig(port, seed, programs, count, username, password, clock, knobs);
    }

    public SandboxConfig withCredentials(String newUsername, String newPassword) {
        return new SandboxConfig(port, seed, programs, businesses, newUsername, newPassword, clock, knobs);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(port, seed, programs, businesses, username, password, newClock, knobs);
    }

    public SandboxConfig withKnobs(SandboxKnobs.Settings newKnobs) {
        return new SandboxConfig(port, seed, programs, businesses, username, password, clock, newKnobs);
    }

    public SandboxConfig withLatencyMs(long ms) {
        return withKnobs(knobs.withLatencyMs(ms));
    }

    public SandboxConfig withJobDelayMs(long ms) {
        return withKnobs(knobs.withJobDelayMs(ms));
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", seed=" + seed + ", programs=" + programs + ", businesses="
                + businesses + ", username=" + username + ", clock=" + clock + ", knobs=" + knobs + "]";
    }
}
