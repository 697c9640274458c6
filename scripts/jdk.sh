# shellcheck shell=bash
# Shared by ./rapportverk and ./run-tests: find a JDK >= 21 and a Maven to build with.
# Sets JAVA_HOME and MVN, or prints in Swedish what is missing and returns 1.

RAPPORTVERK_MIN_JAVA=21

# The major version of the java in a JDK folder, or nothing. The JDK's release file says it without
# starting Java (each start costs a tenth of a second or more, and this runs before every command);
# only a JDK without one is asked.
_rv_java_major() {
    local home="$1" line=""
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
    if [ -r "$home/release" ]; then
        line=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
    fi
    if [ -z "$line" ]; then
        # The first line that names the version ("Picked up JAVA_TOOL_OPTIONS" may come before it).
        line=$("$home/bin/java" -version 2>&1 | grep -m 1 ' version "')
        line=${line#*version \"}
    fi
    case "$line" in 1.*) line=${line#1.} ;; esac
    line=${line%%[.\"+_-]*}
    case "$line" in ''|*[!0-9]*) return 1 ;; esac
    printf '%s' "$line"
}

# The major version of the JDK in JAVA_HOME (after rv_find_jdk).
rv_java_major() {
    _rv_java_major "$JAVA_HOME"
}

# What identifies the JDK in JAVA_HOME: its folder and its exact version (from its release file).
rv_jdk_stamp() {
    local version=""
    [ -r "$JAVA_HOME/release" ] && version=$(grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$JAVA_HOME/release" | tr -d '\n')
    printf '%s %s' "$JAVA_HOME" "$version"
}

# The JDK folder of the java on PATH, if any: where the command leads once its links are followed,
# else (no readlink -f) as Java itself says.
_rv_path_java_home() {
    local java
    java=$(command -v java 2>/dev/null) || return 1
    if java=$(readlink -f "$java" 2>/dev/null) && [ -x "$java" ]; then
        java=${java%/bin/java}
        [ -d "$java" ] && { printf '%s' "$java"; return 0; }
    fi
    command java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p' | head -n 1
}

rv_find_jdk() {
    local candidate major best="" best_major=0 seen=""
    local candidates=()
    [ -n "${RAPPORTVERK_JAVA_HOME:-}" ] && candidates+=("$RAPPORTVERK_JAVA_HOME")
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    candidate=$(_rv_path_java_home 2>/dev/null) && [ -n "$candidate" ] && candidates+=("$candidate")
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
                     /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$candidate" ] && candidates+=("$candidate")
    done
    for candidate in "${candidates[@]}"; do
        major=$(_rv_java_major "$candidate") || continue
        seen="$seen\n  Java $major: $candidate"
        # The first suitable one in order of preference wins (RAPPORTVERK_JAVA_HOME, JAVA_HOME, PATH);
        # among the standard folders, the newest.
        if [ "$major" -ge "$RAPPORTVERK_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
            case "$candidate" in
                "${RAPPORTVERK_JAVA_HOME:-/nonexistent}"|"${JAVA_HOME:-/nonexistent}") break ;;
            esac
        fi
    done
    if [ -z "$best" ]; then
        {
            echo "Rapportverk behöver Java $RAPPORTVERK_MIN_JAVA eller nyare (en JDK, med javac)."
            if [ -n "$seen" ]; then
                printf 'Hittade bara:%b\n' "$seen"
            else
                echo "Ingen Java hittades."
            fi
            echo "Installera till exempel Eclipse Temurin $RAPPORTVERK_MIN_JAVA (https://adoptium.net) eller"
            echo "sätt RAPPORTVERK_JAVA_HOME till mappen för en JDK $RAPPORTVERK_MIN_JAVA eller nyare."
        } >&2
        return 1
    fi
    export JAVA_HOME="$best"
    return 0
}

# Maven: the one on PATH, else the Maven Wrapper in the project (downloads Maven once).
rv_find_maven() {
    local root="$1"
    if command -v mvn >/dev/null 2>&1; then
        MVN=mvn
    elif [ -x "$root/mvnw" ]; then
        MVN="$root/mvnw"
    else
        echo "Rapportverk behöver Maven för att byggas: installera Maven 3.8 eller nyare." >&2
        return 1
    fi
    export MVN
}

# Java's maximum heap from RAPPORTVERK_MINNE (for example 4g or 2048m): prints the JVM option
# (nothing when the variable is unset), or says in Swedish what is wrong and returns 1.
rv_heap_option() {
    local value="${RAPPORTVERK_MINNE:-}"
    [ -z "$value" ] && return 0
    if [[ ! "$value" =~ ^[1-9][0-9]*[mMgG]$ ]]; then
        {
            echo "RAPPORTVERK_MINNE=\"$value\" går inte att använda: ange Javas största arbetsminne som ett tal"
            echo "med m (MiB) eller g (GiB), till exempel RAPPORTVERK_MINNE=4g eller RAPPORTVERK_MINNE=2048m."
        } >&2
        return 1
    fi
    printf -- '-Xmx%s' "$value"
}

# The JVM of an ordinary run, which the training run of the AOT cache uses too (docs/prestanda.md):
# C1 only and the serial collector, with room for 128 MiB of compiled code; the default 48 MiB made
# a batch stop every thread for a full collection ("CodeCache GC Threshold") once 7 MiB had been
# compiled since the last one. rapportverk.cmd says the same for Windows.
RV_ORDINARY_JVM=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m)

# The system properties of every run: UTF-8 for files and the terminal, and reflection by the JVM's
# own accessors instead of method handles, which Java would otherwise spin as classes at the first
# call of each method (some 60 in a run, for reading a workbook's records and picocli's options;
# 4 % of a single run's processor time, docs/prestanda.md). rapportverk.cmd says the same.
RV_JVM_PROPERTIES=(-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8
    -Djdk.reflect.useNativeAccessorOnly=true)

# Whether any argument is, or is a folder that holds, a workbook (.xlsx) of at least 2 MiB (about
# 50 000 rows). Such a run is long enough for the full JIT (C1 and C2) to pay for itself; every
# shorter one is faster with C1 alone (docs/prestanda.md has the measurements).
rv_large_workbook() {
    local arg
    for arg in "$@"; do
        case "$arg" in -*) continue ;; esac
        if [ -f "$arg" ]; then
            case "$arg" in *.[xX][lL][sS][xX]) ;; *) continue ;; esac
            [ -n "$(find "$arg" -prune -size +2047k -print 2>/dev/null)" ] && return 0
        elif [ -d "$arg" ]; then
            [ -n "$(find "$arg" -maxdepth 1 -type f \( -name '*.xlsx' -o -name '*.XLSX' \) -size +2047k -print 2>/dev/null | head -n 1)" ] && return 0
        fi
    done
    return 1
}
