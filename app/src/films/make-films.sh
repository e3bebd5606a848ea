#!/usr/bin/env bash
# Makes the explainer films of Helder from the texts in media/source/*.txt.
#
# For every source file it writes, in media/:
#   <slug>.webm  (VP9 + Opus)          <slug>.mp4  (H.264 + AAC, faststart)
#   <slug>.jpg   (poster: title slide) <slug>.nl.vtt / <slug>.en.vtt (captions)
#   <slug>.nl.md / <slug>.en.md        (transcripts with front matter)
#
# The narration lives only in the source files: speech, captions and
# transcripts are all generated from the same nl=/en= lines.
# Slides are drawn as SVG (no external images or fonts), spoken with espeak-ng,
# and put together with ffmpeg. Running it again overwrites the same files.
#
# Usage: app/src/films/make-films.sh [slug ...]   (default: all films)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MEDIA="$HERE/media"
SRC="$MEDIA/source"

VOICE="${VOICE:-nl+f3}"   # espeak-ng voice
SPEED="${SPEED:-150}"     # words per minute
PAUSE=0.4                 # silence after every spoken sentence (s)
LEAD=0.5                  # silence before the first sentence (s)
W=1280; H=720             # slide size
FPS=10                    # slides hardly move: a low frame rate is enough
MAX_BYTES=3145728         # 3 MiB per film file
MAX_POSTER=153600         # 150 KiB per poster
MAX_WORDS=12              # B1: words per sentence

BLUE='#154273'; ACCENT='#e17000'; PALE='#e6edf5'; INK='#1b1b1b'; PAPER='#fbfaf7'
FONT="DejaVu Sans, Verdana, sans-serif"

die() { echo "make-films: $*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------
need_pkgs=()
command -v espeak-ng    >/dev/null || need_pkgs+=(espeak-ng)
command -v ffmpeg       >/dev/null || need_pkgs+=(ffmpeg)
command -v ffprobe      >/dev/null || need_pkgs+=(ffmpeg)
command -v rsvg-convert >/dev/null || need_pkgs+=(librsvg2-bin)
[[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || need_pkgs+=(fonts-dejavu-core)
if ((${#need_pkgs[@]})); then
  echo "make-films: installing ${need_pkgs[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# --- small helpers -------------------------------------------------------------
xml() { local s="$1"; s="${s//&/&amp;}"; s="${s//</&lt;}"; s="${s//>/&gt;}"; printf '%s' "$s"; }
duration() { ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$1"; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a + b }'; }
vtt_time() { awk -v t="$1" 'BEGIN { ms = int(t * 1000 + 0.5);
  printf "%02d:%02d:%02d.%03d", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60, ms % 1000 }'; }
bytes() { stat -c %s "$1"; }

# Picture for a slide, drawn in a 240x240 box (stroke icons, no text assets).
icon_svg() {
  local s="fill=\"none\" stroke=\"$BLUE\" stroke-width=\"10\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
  local a="fill=\"none\" stroke=\"$ACCENT\" stroke-width=\"10\" stroke-linecap=\"round\" stroke-linejoin=\"round\""
  case "$1" in
    question|ask)
      echo "<path d=\"M30 50 h180 a16 16 0 0 1 16 16 v92 a16 16 0 0 1 -16 16 h-100 l-40 34 v-34 h-40 a16 16 0 0 1 -16 -16 v-92 a16 16 0 0 1 16 -16 z\" $s/>"
      echo "<path d=\"M96 92 a24 24 0 1 1 34 22 c-8 4 -10 9 -10 18\" $a/><circle cx=\"120\" cy=\"152\" r=\"7\" fill=\"$ACCENT\"/>" ;;
    euro)
      echo "<circle cx=\"120\" cy=\"120\" r=\"92\" $s/>"
      echo "<path d=\"M156 78 a52 52 0 1 0 0 84\" $a/><path d=\"M62 106 h70 M62 136 h70\" $a/>" ;;
    change)
      echo "<path d=\"M48 104 a74 74 0 0 1 136 -26\" $s/><path d=\"M188 44 l-4 36 l-36 -6\" $s/>"
      echo "<path d=\"M192 136 a74 74 0 0 1 -136 26\" $a/><path d=\"M52 196 l4 -36 l36 6\" $a/>" ;;
    document)
      echo "<path d=\"M56 24 h92 l40 40 v152 h-132 z\" $s/><path d=\"M148 24 v40 h40\" $s/>"
      echo "<path d=\"M84 100 h72 M84 132 h72 M84 164 h44\" $a/>" ;;
    coins|coinsdown)
      echo "<ellipse cx=\"98\" cy=\"70\" rx=\"62\" ry=\"20\" $s/><path d=\"M36 70 v100 a62 20 0 0 0 124 0 v-100\" $s/>"
      echo "<path d=\"M36 104 a62 20 0 0 0 124 0 M36 138 a62 20 0 0 0 124 0\" $s/>"
      if [[ $1 == coins ]]; then   # more or less: arrows up and down
        echo "<path d=\"M196 40 v70 M176 60 l20 -20 l20 20 M196 130 v70 M176 180 l20 20 l20 -20\" $a/>"
      else                         # goes down
        echo "<path d=\"M196 80 v100 M172 156 l24 24 l24 -24\" $a/>"
      fi ;;
    people)
      echo "<circle cx=\"86\" cy=\"78\" r=\"30\" $s/><path d=\"M30 196 v-20 a56 56 0 0 1 112 0 v20\" $s/>"
      echo "<circle cx=\"166\" cy=\"92\" r=\"24\" $a/><path d=\"M160 140 a48 48 0 0 1 56 44 v12\" $a/>" ;;
    piggy)
      echo "<path d=\"M60 92 a80 62 0 0 1 130 26 l20 4 v36 l-22 6 a78 62 0 0 1 -28 24 v24 h-26 v-16 a90 60 0 0 1 -40 0 v16 h-26 v-28 a70 60 0 0 1 -24 -62 z\" $s/>"
      echo "<path d=\"M60 92 l-6 -30 l30 18\" $s/><path d=\"M98 84 h44\" $a/><circle cx=\"120\" cy=\"40\" r=\"18\" $a/>" ;;
    plane)
      echo "<path d=\"M120 24 c10 0 14 10 14 22 v50 l78 44 v22 l-78 -22 v46 l22 18 v16 l-36 -10 l-36 10 v-16 l22 -18 v-46 l-78 22 v-22 l78 -44 v-50 c0 -12 4 -22 14 -22 z\" $s/>"
      echo "<path d=\"M120 190 v26\" $a/>" ;;
    house)
      echo "<path d=\"M28 118 l92 -82 l92 82\" $s/><path d=\"M52 100 v112 h136 v-112\" $s/>"
      echo "<path d=\"M100 212 v-56 h40 v56\" $a/>" ;;
    housemove)
      echo "<path d=\"M10 118 l72 -66 l72 66\" $s/><path d=\"M30 100 v108 h104 v-108\" $s/><path d=\"M66 208 v-48 h32 v48\" $s/>"
      echo "<circle cx=\"196\" cy=\"124\" r=\"22\" $a/><path d=\"M164 208 v-8 a32 32 0 0 1 64 0 v8\" $a/>" ;;
    calendar)
      echo "<rect x=\"30\" y=\"46\" width=\"180\" height=\"166\" rx=\"14\" $s/><path d=\"M30 92 h180 M78 26 v36 M162 26 v36\" $s/>"
      echo "<path d=\"M78 150 l30 30 l56 -56\" $a/>" ;;
    form)
      echo "<rect x=\"44\" y=\"36\" width=\"152\" height=\"186\" rx=\"12\" $s/><path d=\"M92 24 h56 v28 h-56 z\" $s/>"
      echo "<path d=\"M74 96 l12 12 l22 -22 M74 150 l12 12 l22 -22\" $a/><path d=\"M126 100 h44 M126 154 h44\" $s/>" ;;
    check)
      echo "<circle cx=\"120\" cy=\"120\" r=\"92\" $s/><path d=\"M76 122 l30 30 l60 -62\" $a/>" ;;
    person)
      echo "<circle cx=\"120\" cy=\"70\" r=\"34\" $a/><path d=\"M48 214 v-24 a72 72 0 0 1 144 0 v24\" $s/>" ;;
    heart)
      echo "<path d=\"M120 206 c-60 -42 -96 -76 -96 -118 a46 46 0 0 1 96 -20 a46 46 0 0 1 96 20 c0 42 -36 76 -96 118 z\" $s/>"
      echo "<path d=\"M76 96 a22 22 0 0 1 24 -20\" $a/>" ;;
    age)
      echo "<circle cx=\"120\" cy=\"120\" r=\"92\" $s/>"
      echo "<text x=\"112\" y=\"146\" text-anchor=\"middle\" font-family=\"$FONT\" font-weight=\"bold\" font-size=\"78\" fill=\"$BLUE\">21</text>"
      echo "<path d=\"M176 104 v36 M158 122 h36\" $a/>" ;;
    *) die "unknown icon '$1'" ;;
  esac
}

# Text lines as <text> with one <tspan> per line. Args: x y size weight colour anchor lines...
text_svg() {
  local x=$1 y=$2 size=$3 weight=$4 colour=$5 anchor=$6; shift 6
  local line first=1 lh=$((size * 6 / 5))
  printf '<text x="%s" y="%s" font-family="%s" font-size="%s" font-weight="%s" fill="%s" text-anchor="%s">' \
    "$x" "$y" "$FONT" "$size" "$weight" "$colour" "$anchor"
  for line in "$@"; do
    if ((first)); then printf '<tspan x="%s">%s</tspan>' "$x" "$(xml "$line")"; first=0
    else printf '<tspan x="%s" dy="%s">%s</tspan>' "$x" "$lh" "$(xml "$line")"; fi
  done
  printf '</text>\n'
}

# One slide as SVG. Args: index count icon show sub
slide_svg() {
  local i=$1 n=$2 icon=$3 show=$4 sub=$5
  local -a lines; IFS='|' read -r -a lines <<<"$show"
  local nl=${#lines[@]} progress=$(( W * (i + 1) / n ))
  echo "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"$W\" height=\"$H\" viewBox=\"0 0 $W $H\">"
  if ((i == 0)); then
    # Title slide: blue background, white title, icon in a white circle.
    local big=72 lh=86
    local y=$(( 330 - (nl - 1) * lh / 2 ))
    echo "<rect width=\"$W\" height=\"$H\" fill=\"$BLUE\"/>"
    echo "<rect x=\"80\" y=\"150\" width=\"90\" height=\"10\" fill=\"$ACCENT\"/>"
    echo "<text x=\"80\" y=\"120\" font-family=\"$FONT\" font-size=\"40\" font-weight=\"bold\" fill=\"#ffffff\">Helder</text>"
    text_svg 80 "$y" "$big" bold '#ffffff' start "${lines[@]}"
    text_svg 80 600 40 normal '#dce6f2' start "Een korte film over uw uitkering"
    echo "<circle cx=\"1010\" cy=\"360\" r=\"170\" fill=\"$PAPER\"/>"
    echo "<g transform=\"translate(890 240)\">"; icon_svg "$icon"; echo "</g>"
  else
    # Content slide: off-white page, blue band on top, icon left, big text right.
    local big=60 lh=72 subh=0
    [[ -n "$sub" ]] && subh=80
    local block=$(( (nl - 1) * lh + subh ))
    local y=$(( 420 - block / 2 ))
    echo "<rect width=\"$W\" height=\"$H\" fill=\"$PAPER\"/>"
    echo "<rect width=\"$W\" height=\"96\" fill=\"$BLUE\"/>"
    echo "<text x=\"60\" y=\"63\" font-family=\"$FONT\" font-size=\"40\" font-weight=\"bold\" fill=\"#ffffff\">Helder</text>"
    echo "<circle cx=\"260\" cy=\"408\" r=\"170\" fill=\"$PALE\"/>"
    echo "<g transform=\"translate(140 288)\">"; icon_svg "$icon"; echo "</g>"
    text_svg 490 "$y" "$big" bold "$BLUE" start "${lines[@]}"
    if [[ -n "$sub" ]]; then
      text_svg 490 $(( y + (nl - 1) * lh + 80 )) 40 normal "$INK" start "$sub"
    fi
    echo "<rect x=\"0\" y=\"$((H - 10))\" width=\"$W\" height=\"10\" fill=\"$PALE\"/>"
    echo "<rect x=\"0\" y=\"$((H - 10))\" width=\"$progress\" height=\"10\" fill=\"$ACCENT\"/>"
  fi
  echo "</svg>"
}

# --- one film ---------------------------------------------------------------------
make_film() {
  local src=$1 w="$TMP/$(basename "$src" .txt)"
  mkdir -p "$w"
  local slug="" title_nl="" title_en="" summary_nl="" summary_en=""
  local -a s_icon=() s_show=() s_sub=() g_slide=() g_nl=() g_en=()
  local n=-1 line key val in_head=1

  # Parse: first block = film facts; every next block = one slide.
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" == \#* ]] && continue
    if [[ -z "${line//[[:space:]]/}" ]]; then
      if ((in_head)) && [[ -n "$slug" ]]; then in_head=0; fi
      continue
    fi
    key=${line%%=*}; val=${line#*=}
    [[ "$line" == *=* ]] || die "$src: not key=value: $line"
    if ((in_head)); then
      case "$key" in
        slug) slug=$val ;; title_nl) title_nl=$val ;; title_en) title_en=$val ;;
        summary_nl) summary_nl=$val ;; summary_en) summary_en=$val ;;
        *) die "$src: unknown film key $key" ;;
      esac
      continue
    fi
    case "$key" in
      icon) n=$((n + 1)); s_icon[n]=$val; s_show[n]=""; s_sub[n]="" ;;
      show) s_show[n]=$val ;;
      sub) s_sub[n]=$val ;;
      nl) g_slide+=("$n"); g_nl+=("$val"); g_en+=("") ;;
      en) ((${#g_en[@]})) && [[ -z "${g_en[-1]}" ]] || die "$src: en= without nl=: $val"
          g_en[-1]=$val ;;
      *) die "$src: unknown slide key $key" ;;
    esac
  done <"$src"

  [[ -n "$slug" && -n "$title_nl" && -n "$title_en" && -n "$summary_nl" && -n "$summary_en" ]] \
    || die "$src: film block needs slug, title_nl, title_en, summary_nl, summary_en"
  if ((${#want[@]})) && [[ " ${want[*]} " != *" $slug "* ]]; then return 0; fi
  local slides=$((n + 1)) segs=${#g_nl[@]} k
  ((slides > 1)) || die "$src: no slides"
  for ((k = 0; k < segs; k++)); do
    [[ -n "${g_en[k]}" ]] || die "$src: no en= for: ${g_nl[k]}"
    # B1 check: every sentence at most MAX_WORDS words.
    awk -v max="$MAX_WORDS" -v t="${g_nl[k]}" 'BEGIN { m = split(t, s, /[.?!:]+ */);
      for (i = 1; i <= m; i++) { c = split(s[i], x, / +/); if (c > max) exit 1 } }' \
      || die "$src: sentence longer than $MAX_WORDS words: ${g_nl[k]}"
  done
  echo "== $slug: $slides slides, $segs sentences" >&2

  # Slides -> PNG.
  local i
  for ((i = 0; i < slides; i++)); do
    slide_svg "$i" "$slides" "${s_icon[i]}" "${s_show[i]}" "${s_sub[i]}" >"$w/slide$i.svg"
    rsvg-convert -w "$W" -h "$H" -o "$w/slide$i.png" "$w/slide$i.svg"
  done

  # Speech: one WAV per sentence, each followed by PAUSE seconds of silence.
  local -a seg_start=() seg_len=() slide_len=()
  for ((i = 0; i < slides; i++)); do slide_len[i]=0; done
  ffmpeg -nostdin -v error -y -f lavfi -i "anullsrc=r=48000:cl=mono" -t "$LEAD" -c:a pcm_s16le "$w/lead.wav"
  printf "file '%s'\n" "$w/lead.wav" >"$w/audio.txt"
  local t=$LEAD len
  slide_len[0]=$LEAD
  for ((k = 0; k < segs; k++)); do
    # espeak-ng ends every file with ~0.4 s of silence: cut it, so that the
    # cue ends when the voice does, then add our own pause.
    espeak-ng -v "$VOICE" -s "$SPEED" -w "$w/tts$k.wav" "${g_nl[k]}"
    ffmpeg -nostdin -v error -y -i "$w/tts$k.wav" -af "aresample=48000,areverse,silenceremove=start_periods=1:start_threshold=-50dB,areverse" \
      -ac 1 -c:a pcm_s16le "$w/raw$k.wav"
    ffmpeg -nostdin -v error -y -i "$w/raw$k.wav" -af "apad=pad_dur=$PAUSE" -c:a pcm_s16le "$w/seg$k.wav"
    len=$(duration "$w/raw$k.wav")
    seg_start[k]=$t; seg_len[k]=$len
    t=$(add "$t" "$(duration "$w/seg$k.wav")")
    i=${g_slide[k]}; slide_len[i]=$(add "${slide_len[i]}" "$(duration "$w/seg$k.wav")")
    printf "file '%s'\n" "$w/seg$k.wav" >>"$w/audio.txt"
  done
  local total=$t
  ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$w/audio.txt" -c:a pcm_s16le "$w/speech.wav"

  # Slide timing for the video (concat demuxer: the last file is listed twice).
  : >"$w/video.txt"
  for ((i = 0; i < slides; i++)); do
    printf "file '%s'\nduration %s\n" "$w/slide$i.png" "${slide_len[i]}" >>"$w/video.txt"
  done
  printf "file '%s'\n" "$w/slide$((slides - 1)).png" >>"$w/video.txt"

  local vin=(-f concat -safe 0 -i "$w/video.txt" -i "$w/speech.wav")
  local common=(-map 0:v -map 1:a -t "$total" -vf "fps=$FPS,format=yuv420p" -g $((FPS * 5))
                -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -threads 1)

  # MP4: H.264 + AAC. WebM: VP9 + Opus. Raise CRF until the file fits.
  local crf
  for crf in 24 28 32 36; do
    ffmpeg -nostdin -v error -y -threads 1 "${vin[@]}" "${common[@]}" \
      -c:v libx264 -preset slow -tune stillimage -crf "$crf" -profile:v high -pix_fmt yuv420p \
      -c:a aac -b:a 64k -ac 1 -ar 48000 -movflags +faststart "$w/$slug.mp4"
    (( $(bytes "$w/$slug.mp4") <= MAX_BYTES )) && break
  done
  for crf in 36 40 44 48; do
    ffmpeg -nostdin -v error -y -threads 1 "${vin[@]}" "${common[@]}" \
      -c:v libvpx-vp9 -crf "$crf" -b:v 0 -deadline good -cpu-used 2 -row-mt 0 -pix_fmt yuv420p \
      -c:a libopus -b:a 40k -ac 1 -ar 48000 "$w/$slug.webm"
    (( $(bytes "$w/$slug.webm") <= MAX_BYTES )) && break
  done

  # Poster: the title slide as JPEG.
  local q
  for q in 3 5 8 12; do
    ffmpeg -nostdin -v error -y -i "$w/slide0.png" -frames:v 1 -q:v "$q" -pix_fmt yuvj420p \
      -map_metadata -1 -flags +bitexact -fflags +bitexact "$w/$slug.jpg"
    (( $(bytes "$w/$slug.jpg") <= MAX_POSTER )) && break
  done

  # Captions (cue = one spoken sentence, from its real WAV length) and transcripts.
  local lang f p prev
  for lang in nl en; do
    f="$w/$slug.$lang.vtt"
    printf 'WEBVTT\n\n' >"$f"
    for ((k = 0; k < segs; k++)); do
      local text; if [[ $lang == nl ]]; then text=${g_nl[k]}; else text=${g_en[k]}; fi
      printf '%d\n%s --> %s\n%s\n\n' $((k + 1)) "$(vtt_time "${seg_start[k]}")" \
        "$(vtt_time "$(add "${seg_start[k]}" "${seg_len[k]}")")" "$text" >>"$f"
    done
  done

  local dur secs
  dur=$(duration "$w/$slug.mp4")
  secs=$(awk -v d="$dur" 'BEGIN { printf "%d", d + 0.5 }')
  for lang in nl en; do
    f="$w/$slug.$lang.md"
    {
      echo "---"
      if [[ $lang == nl ]]; then echo "title: $title_nl"; echo "summary: $summary_nl"
      else echo "title: $title_en"; echo "summary: $summary_en"; fi
      echo "duration: $secs"
      echo "---"
      p=""; prev=0
      for ((k = 0; k < segs; k++)); do
        local text; if [[ $lang == nl ]]; then text=${g_nl[k]}; else text=${g_en[k]}; fi
        if ((g_slide[k] != prev)) && [[ -n "$p" ]]; then printf '\n%s\n' "$p"; p=""; fi
        prev=${g_slide[k]}
        p="${p:+$p }$text"
      done
      printf '\n%s\n' "$p"
    } >"$f"
  done

  check_film "$w" "$slug"
  local ext
  for ext in webm mp4 jpg nl.vtt en.vtt nl.md en.md; do
    cp "$w/$slug.$ext" "$MEDIA/$slug.$ext"
  done
  echo "   $slug: ${secs}s; mp4 $(bytes "$MEDIA/$slug.mp4") B, webm $(bytes "$MEDIA/$slug.webm") B, jpg $(bytes "$MEDIA/$slug.jpg") B" >&2
}

# Checks on the result; any failure stops the script before files are replaced.
check_film() {
  local w=$1 slug=$2 ext lang d
  for ext in mp4 webm; do
    (( $(bytes "$w/$slug.$ext") <= MAX_BYTES )) || die "$slug.$ext is larger than $MAX_BYTES bytes"
  done
  (( $(bytes "$w/$slug.jpg") <= MAX_POSTER )) || die "$slug.jpg is larger than $MAX_POSTER bytes"
  d=$(awk -v a="$(duration "$w/$slug.mp4")" -v b="$(duration "$w/$slug.webm")" 'BEGIN { print (a < b ? a : b) }')
  for lang in nl en; do
    awk -v dur="$d" -v name="$slug.$lang.vtt" '
      function secs(s,  p) { split(s, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
      NR == 1 { if ($0 != "WEBVTT") { print name ": no WEBVTT header"; bad = 1 } next }
      /-->/ {
        if ($0 !~ /^[0-9][0-9]:[0-5][0-9]:[0-5][0-9]\.[0-9][0-9][0-9] --> [0-9][0-9]:[0-5][0-9]:[0-5][0-9]\.[0-9][0-9][0-9]$/) {
          print name ": bad cue line: " $0; bad = 1 }
        a = secs($1); b = secs($3)
        if (b <= a) { print name ": cue ends before it starts: " $0; bad = 1 }
        if (a < last) { print name ": cue overlaps the one before: " $0; bad = 1 }
        if (b > dur + 0.001) { print name ": cue past the end (" dur "s): " $0; bad = 1 }
        last = b; cues++
      }
      END { if (!cues) { print name ": no cues"; bad = 1 } exit bad }' "$w/$slug.$lang.vtt" >&2 \
      || die "$slug.$lang.vtt failed its check"
  done
}

want=("$@")
shopt -s nullglob
sources=("$SRC"/*.txt)
((${#sources[@]})) || die "no source texts in $SRC"
for src in "${sources[@]}"; do make_film "$src"; done
