package com.retention.jobs.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Full names (ФИО, surname first, in Cyrillic) and e-mail addresses for the demo subscribers. */
final class RussianNames {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));
    private static final String[] MAIL_DOMAINS = {"mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"};

    private final List<String> surnames;
    private final List<String> male;
    private final List<String> female;
    private final List<String[]> fathers;
    private final List<String> latin;

    RussianNames() {
        List<String[]> lines = DemoResources.lines("names.txt");
        surnames = list(lines, "SURNAME");
        male = list(lines, "MALE");
        female = list(lines, "FEMALE");
        latin = list(lines, "LATIN");
        fathers = lines.stream().filter(l -> l[0].equals("FATHER")).toList();
    }

    /** Surname, given name and patronymic; {@code english} gives a foreign name in Latin letters. */
    String fullName(SplittableRandom random, boolean english) {
        if (english) {
            return latin.get(random.nextInt(latin.size()));
        }
        boolean woman = random.nextBoolean();
        String surname = surnames.get(random.nextInt(surnames.size()));
        String[] father = fathers.get(random.nextInt(fathers.size()));
        String given = woman ? female.get(random.nextInt(female.size())) : male.get(random.nextInt(male.size()));
        return (woman ? feminine(surname) : surname) + " " + given + " " + (woman ? father[3] : father[2]);
    }

    /** e.g. {@code ivanova.a4217@yandex.ru}, from the name, unique through the subscriber number. */
    String email(String fullName, int number, SplittableRandom random) {
        String[] parts = fullName.toLowerCase().split(" ");
        StringBuilder mail = new StringBuilder();
        for (char c : parts[0].toCharArray()) {
            mail.append(LATIN.getOrDefault(c, Character.isLetter(c) && c < 128 ? String.valueOf(c) : ""));
        }
        if (parts.length > 1 && !parts[1].isEmpty()) {
            String initial = LATIN.getOrDefault(parts[1].charAt(0), String.valueOf(parts[1].charAt(0)));
            mail.append('.').append(initial.isEmpty() || initial.charAt(0) >= 128 ? "x" : initial.substring(0, 1));
        }
        return mail.append(number).append('@').append(MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)]).toString();
    }

    static String feminine(String surname) {
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")
                || surname.endsWith("ын")) {
            return surname + "а";
        }
        return surname;
    }

    private static List<String> list(List<String[]> lines, String kind) {
        return List.of(lines.stream().filter(l -> l[0].equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo/names.txt has no " + kind + " line"))[1].split(","));
    }
}
