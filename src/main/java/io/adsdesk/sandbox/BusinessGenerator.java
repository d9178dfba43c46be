package io.adsdesk.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Makes varied, realistic businesses, names in several scripts included. Deterministic per Random. */
final class BusinessGenerator {
    /** Names every account of five or more businesses starts with, so tests can count on non-ASCII. */
    static final List<String> FIXED_NAMES = List.of(
            "Café Müller", "Zürich Plumbing", "Łódź Bakery", "東京 Sushi", "São Paulo Grill");

    private record City(String name, String state, String country, String zip, double lat, double lon, String area) {
    }

    private record Trade(String word, List<String> categories) {
    }

    private static final List<City> CITIES = List.of(
            new City("San Francisco", "CA", "US", "941", 37.7749, -122.4194, "415"),
            new City("Oakland", "CA", "US", "946", 37.8044, -122.2712, "510"),
            new City("Los Angeles", "CA", "US", "900", 34.0522, -118.2437, "213"),
            new City("San José", "CA", "US", "951", 37.3382, -121.8863, "408"),
            new City("Seattle", "WA", "US", "981", 47.6062, -122.3321, "206"),
            new City("Portland", "OR", "US", "972", 45.5152, -122.6784, "503"),
            new City("Phoenix", "AZ", "US", "850", 33.4484, -112.0740, "602"),
            new City("Austin", "TX", "US", "787", 30.2672, -97.7431, "512"),
            new City("Chicago", "IL", "US", "606", 41.8781, -87.6298, "312"),
            new City("New York", "NY", "US", "100", 40.7128, -74.0060, "212"),
            new City("Brooklyn", "NY", "US", "112", 40.6782, -73.9442, "718"),
            new City("Miami", "FL", "US", "331", 25.7617, -80.1918, "305"),
            new City("Denver", "CO", "US", "802", 39.7392, -104.9903, "303"),
            new City("Toronto", "ON", "CA", "M5V", 43.6532, -79.3832, "416"),
            new City("Montréal", "QC", "CA", "H2X", 45.5019, -73.5674, "514"));

    private static final List<Trade> TRADES = List.of(
            new Trade("Plumbing", List.of("plumbing", "waterheaterinstallrepair")),
            new Trade("Heating & Air", List.of("hvac", "heating_air")),
            new Trade("HVAC", List.of("hvac")),
            new Trade("Bakery", List.of("bakeries", "desserts")),
            new Trade("Sushi", List.of("restaurants", "sushi", "japanese")),
            new Trade("Grill", List.of("restaurants", "steak", "bbq")),
            new Trade("Taquería", List.of("restaurants", "mexican")),
            new Trade("Dental Care", List.of("dentists", "generaldentistry")),
            new Trade("Auto Repair", List.of("autorepair", "oilchange")),
            new Trade("Locksmith", List.of("locksmiths", "keys")),
            new Trade("Roofing", List.of("roofing", "gutterservices")),
            new Trade("Electric", List.of("electricians", "lighting")),
            new Trade("Movers", List.of("movers", "selfstorage")),
            new Trade("Pest Control", List.of("pest_control")),
            new Trade("Landscaping", List.of("landscaping", "gardeners", "treeservices")),
            new Trade("Garage Doors", List.of("garage_door_services")),
            new Trade("Hair Studio", List.of("hair", "hairstylists")),
            new Trade("Law Group", List.of("lawyers", "personal_injury")));

    private static final List<String> OWNERS = List.of(
            "Müller", "García", "Nguyễn", "O'Brien", "Kowalski", "Smith & Sons", "Chen", "Tanaka",
            "Björk", "Dvořák", "Okafor", "Patel", "Søren", "Ibáñez", "Schröder", "Al-Rashid",
            "Bay Area", "Golden Gate", "Sunrise", "Evergreen", "Pacific", "Reliable", "A-1", "24/7",
            "北京", "Ёлка", "Ünal", "Lefèvre", "Joe's", "Señor Pepe's");

    private static final List<String> STREETS = List.of(
            "Market St", "Mission St", "Broadway", "Main St", "Valencia St", "Oak Ave", "Rue Sainte-Catherine",
            "Queen St W", "Elm St", "Sunset Blvd", "Calle Ocho", "1st Ave", "Pine St");

    private final Random random;

    BusinessGenerator(Random random) {
        this.random = random;
    }

    List<SandboxBusiness> generate(int count, SandboxIds ids) {
        List<SandboxBusiness> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(business(i, ids.next()));
        }
        return result;
    }

    private SandboxBusiness business(int index, String id) {
        City city = pick(CITIES);
        Trade trade = pick(TRADES);
        String name = index < FIXED_NAMES.size() ? FIXED_NAMES.get(index) : pick(OWNERS) + " " + trade.word();
        List<String> categories = index < FIXED_NAMES.size() ? fixedCategories(index) : trade.categories();
        String partnerId = random.nextInt(10) < 7 ? partnerId(index) : null;
        String address = (100 + random.nextInt(8900)) + " " + pick(STREETS);
        String postal = city.country().equals("US")
                ? city.zip() + String.format(Locale.ROOT, "%02d", random.nextInt(100))
                : city.zip() + " " + (1 + random.nextInt(9)) + "A" + random.nextInt(10);
        double lat = city.lat() + (random.nextDouble() - 0.5) / 10;
        double lon = city.lon() + (random.nextDouble() - 0.5) / 10;
        String phone = "+1" + city.area() + (2000000 + random.nextInt(7999999));
        boolean closed = random.nextInt(100) < 4;
        boolean removed = random.nextInt(100) < 3;
        return new SandboxBusiness(id, name, address, city.name(), city.state(), city.country(), postal,
                round(lat), round(lon), phone, partnerId, categories, closed, removed);
    }

    private static List<String> fixedCategories(int index) {
        return switch (index) {
            case 0 -> List.of("cafes", "restaurants");
            case 1 -> List.of("plumbing", "hvac");
            case 2 -> List.of("bakeries");
            case 3 -> List.of("restaurants", "sushi");
            default -> List.of("restaurants", "brazilian");
        };
    }

    private String partnerId(int index) {
        return switch (random.nextInt(3)) {
            case 0 -> "store-" + String.format(Locale.ROOT, "%04d", index + 1);
            case 1 -> "PB" + (10000 + index);
            default -> "loc_" + Integer.toHexString(random.nextInt(0x100000));
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
