package se.rapportverk.cli;

/** Entry point of the rapportverk command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("rapportverk");
    }
}
