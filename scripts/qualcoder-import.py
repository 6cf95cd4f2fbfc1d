"""Runs QualCoder's own REFI-QDA project importer headless on a .qdpx and prints what it imported, as JSON on a line starting with QUALCODER-RESULT.

Usage: QUALCODER_SRC=<QualCoder checkout>/src python3 scripts/qualcoder-import.py <project.qdpx> <scratch folder>

Needs PyQt6 (Debian: python3-pyqt6). QualCoder itself is not part of this project: point QUALCODER_SRC at a
checkout of https://github.com/ccbogel/QualCoder. Modules QualCoder imports but the importer does not use
(PDF, images, media) are replaced by empty stand-ins. The project database is an in-memory SQLite database
made with QualCoder's own CREATE TABLE statements, read from its __main__.py.
"""
import builtins, json, os, re, sqlite3, sys, types

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
source_root = os.environ["QUALCODER_SRC"]
sys.path.insert(0, source_root)
builtins._ = lambda s: s
from PyQt6 import QtWidgets  # noqa: E402

qapp = QtWidgets.QApplication([])


class _Stub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Stub(name)

    def __call__(self, *a, **k):
        return _Stub("call")

    def __mro_entries__(self, bases):
        return (object,)


for _ in range(40):
    try:
        import qualcoder.refi as refi
        break
    except ModuleNotFoundError as e:
        parts = e.name.split(".")
        for i in range(1, len(parts) + 1):
            sys.modules.setdefault(".".join(parts[:i]), _Stub(".".join(parts[:i])))
        for k in [k for k in sys.modules if k.startswith("qualcoder")]:
            del sys.modules[k]

main_py = open(os.path.join(source_root, "qualcoder", "__main__.py"), encoding="utf-8").read()
start = main_py.index('"CREATE TABLE project') - 1
literals = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', main_py[start: main_py.index("CREATE TABLE files_filter") + 200]))
conn = sqlite3.connect(":memory:")
for stmt in re.findall(r"CREATE TABLE .*?\)\s*;?(?=CREATE TABLE|$)", literals, re.S):
    conn.execute(stmt.rstrip(";"))

project_path = sys.argv[2]
os.makedirs(os.path.join(project_path, "documents"), exist_ok=True)
app = types.SimpleNamespace(
    conn=conn,
    settings={"codername": "qualcoder-default", "directory": os.path.dirname(sys.argv[1]), "ai_enable": "False"},
    project_path=project_path,
    write_config_ini=lambda *a: None,
    ai_models=[],
)
log = types.SimpleNamespace(append=lambda s: print("QualCoder:", s, file=sys.stderr))
refi.QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (sys.argv[1], True))
refi.Message = lambda *a, **k: types.SimpleNamespace(exec=lambda: 0)
refi.RefiImport(app, log, "qdpx")


def rows(sql):
    return [list(r) for r in conn.execute(sql).fetchall()]


print("QUALCODER-RESULT " + json.dumps({
    "sources": rows("select id, name, fulltext from source order by id"),
    "codes": rows("select cid, name from code_name order by cid"),
    "codings": rows("select c.name, t.fid, t.pos0, t.pos1, t.seltext, t.owner from code_text t join code_name c on c.cid = t.cid order by t.fid, t.pos0"),
    "annotations": rows("select fid, pos0, pos1, memo, owner from annotation order by fid, pos0"),
    "cases": rows("select caseid, name from cases order by caseid"),
    "case_text": rows("select c.name, t.fid, t.pos0, t.pos1 from case_text t join cases c on c.caseid = t.caseid order by t.fid, t.pos0"),
    # Where each code and code category sits: its name and the name of the category or parent code holding it (null at the top).
    "code_places": rows("select c.name, coalesce(k.name, s.name) from code_name c left join code_cat k on k.catid = c.catid left join code_name s on s.cid = c.supercid order by c.cid"),
    "category_places": rows("select k.name, p.name from code_cat k left join code_cat p on p.catid = k.supercatid order by k.catid"),
}, ensure_ascii=False))
