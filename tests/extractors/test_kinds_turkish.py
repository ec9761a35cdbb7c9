"""sneaker_kind rules (no textcat) on Turkish job mail (session 23): every kind in the words
of Turkish boards and HR teams, mail written in capitals (dotted and dotless i), and the
wordings that must not be read as news they only mention. All text is invented."""

import pytest

from extractors.cues import fold_case
from tests.extractors.kind_cases import by_id, kind_of

BOARD = {"from_name": "Kariyer Portalı", "from_addr": "bildirim@isportali-ornek.com"}
ATS = {"from_name": "İnsan Kaynakları", "from_addr": "ik.noreply@ornek-otomotiv.com.tr"}
RECRUITER = {"from_name": "Deniz Yılmaz", "from_addr": "deniz.yilmaz@ornek-otomotiv.com.tr"}
HEADHUNTER = {"from_name": "Ece Kara", "from_addr": "ece@ornek-danismanlik.com"}

TURKISH = [
    (
        "application-sent-to-company",
        BOARD,
        "Ahmet, başvurunuz Örnek Makina şirketine gönderildi",
        "Başvurunuz Örnek Makina şirketine gönderildi. Durumunu Başvurularım bölümünden izleyin.",
        "application_confirmation",
    ),
    (
        "application-received-in-capitals",
        ATS,
        "ÖRNEK KARİYER - BAŞVURUNUZ ALINDI",
        "SAYIN AHMET YILMAZ, TASARIM MÜHENDİSİ POZİSYONUNA YAPTIĞINIZ BAŞVURU ALINMIŞTIR.",
        "application_confirmation",
    ),
    (
        "acknowledgement-with-conditional-unsuitable",
        ATS,
        "Başvurunuz alındı",
        "Başvurunuz alındı. Uygun bulunmaması halinde bilgileriniz veri tabanımızda saklanır.",
        "application_confirmation",
    ),
    (
        "employer-viewed-application",
        BOARD,
        "Örnek Makina başvurunu görüntüledi",
        "Merhaba Ahmet, firma ilanına yaptığın başvuruyu 02.04.2026 tarihinde görüntüledi.",
        "status_update",
    ),
    (
        "application-under-evaluation",
        ATS,
        "Başvuru Durumu",
        "Sayın Ahmet Yılmaz, başvurunuz değerlendirme aşamasındadır. Sizi bilgilendireceğiz.",
        "status_update",
    ),
    (
        "decided-not-to-proceed",
        BOARD,
        "Başvurunla ilgili bir güncelleme var",
        "Örnek Makina, başvurunuzla ilerlememeye karar verdi. Benzer ilanlara göz at.",
        "rejection",
    ),
    (
        "went-with-a-different-candidate",
        BOARD,
        "Örnek Makina başvurunu değerlendirdi",
        "Firma, bu ilan için farklı adaylarla ilerlemeye karar verdi.",
        "rejection",
    ),
    (
        "found-unsuitable",
        BOARD,
        "Başvurunuz sonuçlandı",
        "Firma başvurunuzu değerlendirdi. Başvuru durumunuz: Uygun bulunmadı.",
        "rejection",
    ),
    (
        "not-judged-favourably",
        ATS,
        "Başvurunuz Hk.",
        "Başvurunuz incelenmiş olup bu pozisyon için olumlu değerlendirilememiştir.",
        "rejection",
    ),
    (
        "interview-invitation-subject",
        RECRUITER,
        "Örnek Otomotiv – Görüşme Daveti / Test Mühendisi",
        "Merhaba Ahmet Bey, başvurunuz için teşekkür ederiz. Salı 10:00 uygun mu?",
        "interview_invitation",
    ),
    (
        "technical-interview-planned",
        RECRUITER,
        "Teknik Mülakat",
        "Merhaba Ahmet Bey, ekiple teknik mülakatınızı planladık: 15 Nisan 10:00.",
        "interview_invitation",
    ),
    (
        "offer-in-subject-with-capital-i",
        RECRUITER,
        "Örnek Otomotiv – İş Teklifi",
        "Merhaba Ahmet Bey, hazırladığımız iş teklifimizi ekte paylaşıyorum.",
        "offer",
    ),
    (
        "online-assessment",
        {"from_name": "Örnek İşe Alım", "from_addr": "noreply@testvendor-ornek.com"},
        "Hatırlatma: Online Değerlendirme",
        "Kişilik envanteri henüz tamamlanmadı. Son tarih 26 Mart.",
        "assessment",
    ),
    (
        "invited-to-apply-by-employer",
        BOARD,
        "Örnek Makina seni ilanına başvurmaya davet ediyor",
        "Örnek Makina özgeçmişini inceledi ve seni Tasarım Mühendisi ilanına davet etti.",
        "recruiter_outreach",
    ),
    (
        "headhunter-confidential-search",
        HEADHUNTER,
        "Ar-Ge Müdürü pozisyonu – gizli arama",
        "Merhaba Ahmet Bey, bir müşterimiz için gizli bir arama yürütüyoruz.",
        "recruiter_outreach",
    ),
    (
        "board-says-company-is-hiring",
        BOARD,
        "Örnek Makina şirketi Kalite Mühendisi pozisyonu için işe alım yapıyor",
        "Bu iş ilanı becerilerinizle eşleşiyor. İş ilanı uyarınız: kalite mühendisi",
        "job_alert",
    ),
    (
        "appeared-in-searches",
        BOARD,
        "Ahmet, bu hafta 12 aramada göründünüz",
        "Profiliniz geçen hafta 12 aramada göründü.",
        "job_alert",
    ),
]


@by_id(TURKISH)
def test_turkish_job_mail_of_every_kind(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAŞVURUNUZ ALINDI", "başvurunuz alindi"),
        ("İş Teklifi", "iş teklifi"),
        ("başvurunuz alındı", "başvurunuz alindi"),
        ("Straße Café", "straße café"),
    ],
    ids=["capitals", "dotted-capital-i", "dotless-i", "other-languages-untouched"],
)
def test_fold_case_reads_turkish_i_alike_and_keeps_offsets(text, expected):
    folded = fold_case(text)
    assert folded == expected
    assert len(folded) == len(text)
