"""Write the example articles as one JSONL corpus (id, title, text, published, source), the
format `rasd ingest` reads with publication dates, from manifest.json and the .txt files."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    for article in manifest["articles"]:
        title, _, body = (HERE / article["text_path"]).read_text(encoding="utf-8").partition("\n\n")
        record = {"id": article["doc_id"], "title": title.strip(), "text": body.strip(),
                  "published": article["publication_date"], "source": "rasd examples"}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
