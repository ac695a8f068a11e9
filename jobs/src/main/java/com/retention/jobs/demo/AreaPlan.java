package com.retention.jobs.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The operator's footprint from Kaliningrad to Kamchatka: regions (with their time zone), cities,
 * districts, and per district buildings (fixed lines) and network nodes (mobile), scaled with the
 * number of subscribers. Small enough to hold: about one building per 40 fixed subscribers and one node
 * per 2 000 subscribers of a district.
 */
public final class AreaPlan {

    /** A district and the leaves where subscribers live. */
    record District(String code, String timezone, List<String> buildings, List<String> nodes) {
    }

    private final List<DemoArea> areas = new ArrayList<>();
    private final List<List<District>> districtsByRegion = new ArrayList<>();
    private final List<List<Integer>> cityOfDistrict = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();
    private final int[] weightArray;

    AreaPlan(DemoSpec spec) {
        List<String[]> lines = DemoResources.lines("regions.txt");
        int districtCount = (int) lines.stream().filter(l -> l[0].equals("CITY")).mapToLong(l -> l[2].split(",").length).sum();
        // No upper bound: a node's or a building's population stays the same at any size, so the
        // outages on them (whose number grows with the operator) cover a share that does not grow
        // (README "Figures"). The bounds they had (20 nodes, 400 buildings) were reached at 3 000 000
        // and 4 000 000 subscribers; below that the plan is as it was.
        int buildingsPerDistrict = Math.max(3, Math.round(spec.subscribers() * 0.3f / 40 / districtCount));
        int nodesPerDistrict = Math.max(1, spec.subscribers() / (districtCount * 2000));
        List<String> streets = List.of(DemoResources.lines("names.txt").stream().filter(l -> l[0].equals("STREET"))
                .findFirst().orElseThrow()[1].split(","));
        SplittableRandom random = Seeds.random(spec.seed(), Seeds.AREA, 0);
        String region = null;
        String zone = null;
        int city = 0;
        for (String[] line : lines) {
            if (line[0].equals("REGION")) {
                region = line[1];
                zone = line[3];
                city = 0;
                areas.add(new DemoArea(region, line[2], null, "REGION", zone));
                weights.add(Integer.parseInt(line[4]));
                districtsByRegion.add(new ArrayList<>());
                cityOfDistrict.add(new ArrayList<>());
                continue;
            }
            city++;
            String cityCode = String.format(java.util.Locale.ROOT, "%s-%02d", region, city);
            areas.add(new DemoArea(cityCode, line[1], region, "CITY", null));
            String[] districtNames = line[2].split(",");
            for (int d = 0; d < districtNames.length; d++) {
                String districtCode = String.format(java.util.Locale.ROOT, "%s-%02d", cityCode, d + 1);
                areas.add(new DemoArea(districtCode, districtNames[d] + " район", cityCode, "DISTRICT", null));
                List<String> buildings = new ArrayList<>();
                for (int b = 1; b <= buildingsPerDistrict; b++) {
                    String code = String.format(java.util.Locale.ROOT, "%s-B%03d", districtCode, b);
                    String street = streets.get(random.nextInt(streets.size()));
                    areas.add(new DemoArea(code, "ул. " + street + ", д. " + (1 + random.nextInt(120)), districtCode,
                            "BUILDING", null));
                    buildings.add(code);
                }
                List<String> nodes = new ArrayList<>();
                for (int n = 1; n <= nodesPerDistrict; n++) {
                    String code = String.format(java.util.Locale.ROOT, "%s-N%02d", districtCode, n);
                    areas.add(new DemoArea(code, "Узел связи " + districtNames[d] + " " + n, districtCode, "NODE", null));
                    nodes.add(code);
                }
                districtsByRegion.get(districtsByRegion.size() - 1).add(new District(districtCode, zone, buildings, nodes));
                cityOfDistrict.get(cityOfDistrict.size() - 1).add(city);
            }
        }
        weightArray = weights.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<DemoArea> areas() {
        return areas;
    }

    /** A home district: by region share, the first (largest) city of a region three times as likely. */
    District pickDistrict(SplittableRandom random) {
        int region = Seeds.weighted(random, weightArray);
        List<District> districts = districtsByRegion.get(region);
        List<Integer> cities = cityOfDistrict.get(region);
        int[] w = new int[districts.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = cities.get(i) == 1 ? 3 : 1;
        }
        return districts.get(Seeds.weighted(random, w));
    }

    /** All districts, for outages. */
    List<District> districts() {
        return districtsByRegion.stream().flatMap(List::stream).toList();
    }
}
